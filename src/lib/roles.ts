export const roles = ['owner', 'admin', 'editor', 'analyst', 'viewer'] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { owner: 5, admin: 4, editor: 3, analyst: 2, viewer: 1 };

/** True when `role` grants at least what `needed` grants. */
export function hasRole(role: Role | undefined | null, needed: Role): boolean {
	return role ? rank[role] >= rank[needed] : false;
}

export const roleLabels: Record<Role, string> = {
	owner: 'Owner',
	admin: 'Admin',
	editor: 'Editor',
	analyst: 'Analyst',
	viewer: 'Viewer'
};

export const roleDescriptions: Record<Role, string> = {
	owner: 'Everything, including billing-level decisions and other owners',
	admin: 'Manages members, API keys and settings',
	editor: 'Designs and publishes surveys',
	analyst: 'Reads and exports results',
	viewer: 'Reads shared dashboards'
};
