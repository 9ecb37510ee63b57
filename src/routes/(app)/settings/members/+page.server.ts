import { error, fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { roles } from '$lib/roles';
import { inviteSchema } from '$lib/schemas';
import { DomainError } from '$lib/server/platform';
import { readForm, requireOrg } from '$lib/server/http';
import { invitations, orgs } from '$lib/server/identity';
import type { Actions, PageServerLoad } from './$types';

const idSchema = z.uuid();
const roleSchema = z.enum(roles);

async function formId(request: Request, name: string) {
	const data = await readForm(request);
	const id = idSchema.safeParse(data.get(name));
	// An id that is malformed or belongs to another organisation is simply not found.
	if (!id.success) error(404, 'Not found');
	return { id: id.data, data };
}

function domainFailure(e: unknown) {
	if (e instanceof DomainError) {
		if (e.code === 'not_found') error(404, 'Not found');
		return fail(e.code === 'forbidden' ? 403 : 409, { error: e.message });
	}
	throw e;
}

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'admin');
	return {
		members: await orgs.listMembers(org.id),
		invitations: await invitations.listPending(org.id),
		form: await superValidate(zod4(inviteSchema))
	};
};

export const actions: Actions = {
	invite: async (event) => {
		const { user, org } = requireOrg(event, 'admin');
		const form = await superValidate(event.request, zod4(inviteSchema));
		if (!form.valid) return fail(400, { form });
		try {
			await invitations.invite(
				org.id,
				{ userId: user.id, role: org.role, name: user.name },
				form.data.email,
				form.data.role
			);
		} catch (e) {
			if (e instanceof DomainError) return setError(form, 'email', e.message);
			throw e;
		}
		const sent = form.data.email;
		form.data.email = '';
		return message(form, {
			type: 'success',
			text: `Invitation sent to ${sent}. It is valid for 7 days.`
		});
	},
	role: async (event) => {
		const { user, org } = requireOrg(event, 'admin');
		const { id, data } = await formId(event.request, 'userId');
		const role = roleSchema.safeParse(data.get('role'));
		if (!role.success) return fail(400, { error: 'Choose a role from the list.' });
		try {
			await orgs.changeRole(org.id, { userId: user.id, role: org.role }, id, role.data);
		} catch (e) {
			return domainFailure(e);
		}
		return { success: 'Role changed.' };
	},
	remove: async (event) => {
		const { user, org } = requireOrg(event, 'admin');
		const { id } = await formId(event.request, 'userId');
		try {
			await orgs.removeMember(org.id, { userId: user.id, role: org.role }, id);
		} catch (e) {
			return domainFailure(e);
		}
		return { success: 'Member removed.' };
	},
	revoke: async (event) => {
		const { org } = requireOrg(event, 'admin');
		const { id } = await formId(event.request, 'invitationId');
		if (!(await invitations.revoke(org.id, id))) error(404, 'Not found');
		return { success: 'Invitation revoked.' };
	}
};
