# shellcheck shell=bash
# Throwaway PostgreSQL for CI: sourced by .ci/run (and usable on its own for a quick check).
#
#   source .ci/pg.sh
#   pg_start            # sets PG_URL (postgres://hearken@127.0.0.1:PORT/hearken_ci), PG_PORT, PG_DIR
#   ... DATABASE_URL="$PG_URL" ...
#   pg_stop             # stops the server and deletes its directory; safe to call more than once
#
# The server runs as an unprivileged user (PostgreSQL refuses root), in a temp directory, on a free
# loopback port, with durability turned off (fsync etc.): it holds nothing worth keeping.

PG_USER_OS="${PG_USER_OS:-postgresci}" # OS account that owns and runs the server when we are root
PG_DB="${PG_DB:-hearken_ci}"
PG_ROLE="${PG_ROLE:-hearken}" # superuser role created by initdb; trust auth, no password
PG_DIR=""
PG_PORT=""
PG_URL=""
PG_BINDIR=""

_pg_log() { printf '[pg] %s\n' "$*" >&2; }

# Directory holding initdb/pg_ctl/postgres: PATH first, then Debian's layout; installs Debian's
# PostgreSQL 15 server if none is found (a fresh machine may lack it).
_pg_bindir() {
	local d
	if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
		dirname "$(command -v initdb)"
		return
	fi
	for d in /usr/lib/postgresql/*/bin; do
		if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
			echo "$d"
			return
		fi
	done
	_pg_log "PostgreSQL server binaries not found; installing postgresql-15 from Debian"
	if [[ $EUID -ne 0 ]]; then
		_pg_log "not root: cannot install PostgreSQL"
		return 1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >&2
	for d in /usr/lib/postgresql/*/bin; do
		if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
			echo "$d"
			return
		fi
	done
	_pg_log "PostgreSQL installation did not provide initdb/pg_ctl"
	return 1
}

# Run a command as the server's OS user (directly when we are not root).
_pg_as() {
	if [[ $EUID -eq 0 ]]; then
		runuser -u "$PG_USER_OS" -- "$@"
	else
		"$@"
	fi
}

# A free TCP port on 127.0.0.1 (the kernel picks one; a tiny race remains, covered by retries).
pg_free_port() {
	node -e '
		const s = require("net").createServer();
		s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => console.log(port)); });
	'
}

# The server's options, on PG_PORT and PG_DIR. One line: pg_ctl hands these to postgres through /bin/sh.
_pg_opts() {
	printf '%s' "-h 127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off" \
		" -c full_page_writes=off -c max_connections=200 -c shared_buffers=128MB"
}

pg_start() {
	local bindir attempt opts psql_bin
	bindir="$(_pg_bindir)" || return 1
	PG_BINDIR="$bindir"

	if [[ $EUID -eq 0 ]] && ! id -u "$PG_USER_OS" >/dev/null 2>&1; then
		_pg_log "creating system user $PG_USER_OS"
		useradd -r -M -d /nonexistent -s /usr/sbin/nologin "$PG_USER_OS"
	fi

	PG_DIR="$(mktemp -d /tmp/hearken-ci-pg.XXXXXX)"
	chmod 700 "$PG_DIR"
	if [[ $EUID -eq 0 ]]; then chown "$PG_USER_OS:" "$PG_DIR"; fi

	_pg_log "initdb in $PG_DIR/data ($("$bindir/postgres" --version))"
	if ! _pg_as "$bindir/initdb" -D "$PG_DIR/data" -U "$PG_ROLE" -A trust -E UTF8 \
		--locale=C --no-sync >"$PG_DIR/initdb.log" 2>&1; then
		cat "$PG_DIR/initdb.log" >&2
		_pg_log "initdb failed"
		return 1
	fi

	for attempt in 1 2 3 4 5; do
		PG_PORT="$(pg_free_port)"
		opts="$(_pg_opts)"
		_pg_log "starting on 127.0.0.1:$PG_PORT (attempt $attempt)"
		# -w waits until the server accepts connections; -t bounds the wait.
		if _pg_as "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 -o "$opts" \
			start >/dev/null; then
			break
		fi
		tail -n 20 "$PG_DIR/server.log" >&2 || true
		PG_PORT=""
		# A failed start may have left a server half up: make sure it is gone before retrying.
		_pg_as "$bindir/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
	done
	if [[ -z "$PG_PORT" ]]; then
		_pg_log "could not start PostgreSQL"
		return 1
	fi

	# psql from the same installation when there is one (/usr/local/bin may hold only symlinks).
	psql_bin="$(dirname "$(readlink -f "$bindir/initdb")")/psql"
	[[ -x "$psql_bin" ]] || psql_bin=psql
	if ! "$psql_bin" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d postgres -v ON_ERROR_STOP=1 -qc \
		"create database $PG_DB" >&2; then
		_pg_log "could not create database $PG_DB"
		return 1
	fi

	PG_URL="postgres://$PG_ROLE@127.0.0.1:$PG_PORT/$PG_DB"
	_pg_log "ready: $PG_URL"
}

pg_stop() {
	[[ -n "$PG_DIR" ]] || return 0
	local bindir pid
	if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
		_pg_log "stopping PostgreSQL"
		bindir="${PG_BINDIR:-}"
		if [[ -n "$bindir" ]]; then
			_pg_as "$bindir/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
				_pg_as "$bindir/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 15 stop >/dev/null 2>&1 || true
		fi
		# Last resort: the postmaster's pid is the first line of postmaster.pid.
		if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
			pid="$(head -n 1 "$PG_DIR/data/postmaster.pid" 2>/dev/null || true)"
			if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
				kill -KILL "$pid" 2>/dev/null || true
				sleep 1
			fi
		fi
	fi
	rm -rf "$PG_DIR"
	PG_DIR=""
	PG_PORT=""
	PG_URL=""
}

# Takes the running server down mid-test, as an outage would: `fast` (pg_ctl stop -m fast: clients
# are disconnected, then a clean shutdown) or `crash` (kill -9 of the postmaster; its backends notice
# and exit). The data directory stays; pg_up brings the same server back. Needs PG_DIR, PG_BINDIR.
pg_down() {
	local how=${1:-fast} pid
	case "$how" in
	fast) _pg_as "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null ;;
	crash)
		pid="$(head -n 1 "$PG_DIR/data/postmaster.pid" 2>/dev/null || true)"
		[[ "$pid" =~ ^[0-9]+$ ]] || {
			_pg_log "no postmaster.pid in $PG_DIR/data"
			return 1
		}
		kill -KILL "$pid"
		;;
	*)
		_pg_log "pg_down: fast or crash, not $how"
		return 2
		;;
	esac
}

# Starts the server pg_down stopped, on the same port, and returns once it accepts connections.
# After a crash the old backends may hold the shared memory for a moment: tried again for 10 s.
pg_up() {
	local attempt
	for attempt in $(seq 1 50); do
		if _pg_as "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
			-o "$(_pg_opts)" start >/dev/null 2>&1; then
			return 0
		fi
		sleep 0.2
	done
	tail -n 20 "$PG_DIR/server.log" >&2 || true
	_pg_log "could not start PostgreSQL again"
	return 1
}
