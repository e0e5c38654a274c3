#!/usr/bin/env bash
# Storefront and checkout benchmarks on a throwaway PostgreSQL cluster, against a published Release build in Production.
#
#   ./benchmarks/run.sh
#   PRODUCTS=100000 DURATION=30 CONCURRENCY=20 ORDERS=2000 ./benchmarks/run.sh
#
# Options (environment): PRODUCTS (generated products, 100000), DURATION (s per page type, 30), WARMUP (s before each, 5),
# CONCURRENCY (HTTP clients, 20), SAMPLE (product pages sampled, 2000), ORDERS (checkouts, 2000), CHECKOUT_CONCURRENCY (16),
# CHECKOUT_VARIANTS (100), PGBENCH_SECONDS (10), WRK_SECONDS (10, 0 = skip the wrk cross-check), QUIET_WAIT (s to wait for the
# load average to drop before measuring, 60), CACHE_MISS (1 = also measure listings and searches that miss the app's cache), WRITE_DOC (1 = refresh docs/benchmarks.md), KEEP (1 = keep the temp folder).
# Needs: the .NET SDK and PostgreSQL 15 server binaries. Nothing else: the load client is benchmarks/Commerce.Benchmarks.
set -euo pipefail

PRODUCTS=${PRODUCTS:-100000}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-5}
CONCURRENCY=${CONCURRENCY:-20}
SAMPLE=${SAMPLE:-2000}
ORDERS=${ORDERS:-2000}
CHECKOUT_CONCURRENCY=${CHECKOUT_CONCURRENCY:-16}
CHECKOUT_VARIANTS=${CHECKOUT_VARIANTS:-100}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-10}
WRK_SECONDS=${WRK_SECONDS:-10}
QUIET_WAIT=${QUIET_WAIT:-60}
WRITE_DOC=${WRITE_DOC:-1}
KEEP=${KEEP:-0}
CACHE_MISS=${CACHE_MISS:-1}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DOC=${DOC:-"$ROOT/docs/benchmarks.md"}
NPROC=$(nproc)

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# --- tools -------------------------------------------------------------------------------------------------------------
command -v dotnet >/dev/null || die "dotnet is not on PATH"
PG_BIN=${PG_BIN:-}
for candidate in "$PG_BIN" /usr/lib/postgresql/15/bin "$(command -v pg_config >/dev/null && pg_config --bindir || true)"; do
    if [[ -n "$candidate" && -x "$candidate/initdb" && -x "$candidate/pgbench" ]]; then PG_BIN=$candidate; break; fi
done
[[ -n "$PG_BIN" && -x "$PG_BIN/initdb" ]] || die "PostgreSQL server binaries not found (set PG_BIN)"

# initdb and pg_ctl refuse to run as root: run the cluster as the postgres OS user then.
if [[ $EUID -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' OS user"
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi

# --- workspace and cleanup ---------------------------------------------------------------------------------------------
# Under /tmp: the postgres user must traverse every parent folder, which a checkout under a 700 home does not allow.
WORK=$(mktemp -d /tmp/commerce-bench.XXXXXX)
chmod 755 "$WORK"
mkdir -p "$WORK/pgdata" "$WORK/sock" "$WORK/logs"
[[ $EUID -eq 0 ]] && chown postgres "$WORK/pgdata" "$WORK/sock" "$WORK/logs"
RESULTS="$WORK/results.jsonl"
APP_PID=""
PG_STARTED=0

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

cleanup() {
    local rc=$?
    stop_app
    if [[ $PG_STARTED -eq 1 ]]; then as_pg "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m fast -w stop >/dev/null 2>&1 || true; fi
    if [[ $rc -ne 0 ]]; then
        log "failed (exit $rc); last lines of the logs:"
        for f in "$WORK"/logs/*.log; do [[ -f "$f" ]] && { echo "--- $f" >&2; tail -n 25 "$f" >&2; }; done
    fi
    if [[ "$KEEP" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    return 1
}

# Status code of one GET on the app (bash's /dev/tcp, so curl is not needed); 000 when nothing answers.
http_status() {
    local status
    status=$( (exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT" \
        && printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$1" >&3 \
        && timeout 60 head -n1 <&3) 2>/dev/null | awk '{print $2}') || true
    echo "${status:-000}"
}

# --- PostgreSQL --------------------------------------------------------------------------------------------------------
PG_PORT=$(free_port)
PSQL=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres)
sql() { local db=$1; shift; "${PSQL[@]}" -d "$db" -At -c "$*"; }

log "initdb in $WORK/pgdata (PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), port $PG_PORT)"
as_pg "$PG_BIN/initdb" -D "$WORK/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/logs/initdb.log" 2>&1
PRELOAD=""
[[ -f "$("$PG_BIN/pg_config" --sharedir 2>/dev/null || echo /usr/share/postgresql/15)/extension/pg_stat_statements.control" ]] \
    && PRELOAD="shared_preload_libraries = 'pg_stat_statements'"
cat >>"$WORK/pgdata/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK/sock'
log_line_prefix = '%m [%p] %d '
$PRELOAD
EOF
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/logs/postgres.log" -w \
    -o "-p $PG_PORT -c max_connections=300 -c shared_buffers=256MB" start >/dev/null
PG_STARTED=1
sql postgres "CREATE DATABASE commerce"
HAS_PGSS=0
if [[ -n "$PRELOAD" ]] && sql commerce "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" 2>/dev/null; then HAS_PGSS=1; fi
CONN="Host=127.0.0.1;Port=$PG_PORT;Database=commerce;Username=postgres"

# --- build -------------------------------------------------------------------------------------------------------------
log "publishing Commerce.Web and Commerce.Benchmarks (Release)"
started=$(now_ms)
dotnet publish "$ROOT/Commerce.Web/Commerce.Web.csproj" -c Release -o "$WORK/app" -nologo -v q >"$WORK/logs/publish.log" 2>&1 \
    || die "publish of Commerce.Web failed (see above)"
dotnet publish "$ROOT/benchmarks/Commerce.Benchmarks/Commerce.Benchmarks.csproj" -c Release -o "$WORK/bench" -nologo -v q \
    >>"$WORK/logs/publish.log" 2>&1 || die "publish of Commerce.Benchmarks failed"
PUBLISH_S=$(( ($(now_ms) - started) / 1000 ))
BENCH=(dotnet "$WORK/bench/Commerce.Benchmarks.dll")

# --- the app -----------------------------------------------------------------------------------------------------------
APP_PORT=$(free_port)
[[ "$APP_PORT" != "$PG_PORT" ]] || APP_PORT=$(free_port)
BASE="http://127.0.0.1:$APP_PORT"
app_env=(env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production "ConnectionStrings__Commerce=$CONN"
    Jobs__RunServer=false Serilog__MinimumLevel__Default=Warning Benchmarks__Enabled=true Seed__DemoStore=false)

start_app() { # extra environment assignments
    (cd "$WORK/app" && exec "${app_env[@]}" "$@" dotnet Commerce.Web.dll --urls "$BASE") >>"$WORK/logs/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 240); do
        kill -0 "$APP_PID" 2>/dev/null || die "the app exited during start"
        [[ "$(http_status /health/ready)" == 200 ]] && return 0
        sleep 0.5
    done
    die "the app was not ready within 120 s"
}

log "migrating and seeding the demo store"
started=$(now_ms)
start_app Seed__DemoStore=true
stop_app
DEMO_S=$(( ($(now_ms) - started) / 1000 ))
DEMO_MAX_ID=$(sql commerce "SELECT coalesce(max(id), 0) FROM products")

log "adding $PRODUCTS generated products (--seed-large-catalog)"
started=$(now_ms)
(cd "$WORK/app" && "${app_env[@]}" dotnet Commerce.Web.dll --seed-large-catalog "$PRODUCTS") >>"$WORK/logs/seed.log" 2>&1 \
    || die "--seed-large-catalog failed"
SEED_MS=$(( $(now_ms) - started ))
log "VACUUM ANALYZE (a steady-state catalog, as autovacuum would leave it)"
sql commerce "VACUUM ANALYZE" >/dev/null
ACTIVE_PRODUCTS=$(sql commerce "SELECT count(*) FROM products WHERE status = 'Active'")
log "seeded in $((SEED_MS / 1000)) s; $ACTIVE_PRODUCTS active products"

start_app
log "app ready at $BASE (pid $APP_PID)"

# --- paths -------------------------------------------------------------------------------------------------------------
echo /bench/ceiling >"$WORK/ceiling.txt"
sql commerce "SELECT '/c/' || slug FROM categories WHERE is_active ORDER BY slug" >"$WORK/category.txt"
sql commerce "SELECT setseed(0.2026); SELECT '/p/' || slug FROM products WHERE status = 'Active' AND id > $DEMO_MAX_ID ORDER BY random() LIMIT $SAMPLE" \
    | grep '^/p/' >"$WORK/product.txt" || true
[[ -s "$WORK/product.txt" ]] || sql commerce "SELECT '/p/' || slug FROM products WHERE status = 'Active' LIMIT $SAMPLE" >"$WORK/product.txt"
{
    # Typos the trigram matching must forgive, plain words, two-word queries and exact SKUs.
    printf '/search?q=%s\n' tshrt hodie sneker jaket mugg t-shirt hoodie sneakers jacket mug leather wool+socks organic+cotton canvas+tote
    sql commerce "SELECT setseed(0.7); SELECT '/search?q=' || sku FROM products WHERE status = 'Active' ORDER BY random() LIMIT 6" | grep '^/search'
} >"$WORK/search.txt"
# The store keeps listings for a few seconds, so the hot sets above mostly measure that cache. These sets are large
# and shuffled enough that nearly every request misses it: what a listing costs the database (CACHE_MISS=0 skips them).
sql commerce "SELECT setseed(0.31); SELECT '/c/' || c.slug || '?sort=' || s || '&page=' || p || CASE WHEN i THEN '&instock=1' ELSE '' END
              FROM categories c, unnest(ARRAY['newest', 'price-asc', 'price-desc', 'best-selling']) s, generate_series(1, 10) p,
                   unnest(ARRAY[false, true]) i
              WHERE c.is_active ORDER BY random()" | grep '^/c/' >"$WORK/category-miss.txt"
# Filtered views (a colour, a colour and a size, a price band; with and without in stock): each is counted on its own,
# so this set measures the facet counting itself.
sql commerce "SELECT setseed(0.59); SELECT '/c/' || c.slug || '?colour=' || col || coalesce('&size=' || sz, '') || coalesce('&max=' || mx, '')
                     || CASE WHEN i THEN '&instock=1' ELSE '' END
              FROM categories c,
                   unnest(ARRAY['white', 'beige', 'black', 'navy', 'purple', 'pink', 'brown', 'grey', 'orange', 'green', 'yellow', 'red', 'blue']) col,
                   unnest(ARRAY[NULL, 'S', 'M', 'L', '42']) sz, unnest(ARRAY[NULL, '50', '100']) mx, unnest(ARRAY[false, true]) i
              WHERE c.is_active ORDER BY random() LIMIT 4000" | grep '^/c/' >"$WORK/filter-miss.txt"
sql commerce "SELECT setseed(0.47);
              WITH words AS (SELECT DISTINCT w FROM products, regexp_split_to_table(lower(name), '[^a-z]+') w WHERE length(w) >= 4),
                   typos AS (SELECT DISTINCT overlay(w PLACING '' FROM k FOR 1) AS q FROM words, generate_series(2, length(w) - 1) k),
                   pairs AS (SELECT DISTINCT lower(split_part(name, ' ', 2) || ' ' || split_part(name, ' ', 3)) AS q FROM products),
                   skus AS (SELECT sku AS q FROM products WHERE status = 'Active' ORDER BY random() LIMIT 300),
                   queries AS (SELECT w AS q FROM words UNION SELECT q FROM typos UNION SELECT q FROM pairs UNION SELECT q FROM skus)
              SELECT '/search?q=' || replace(q, ' ', '+') FROM queries WHERE q ~ '^[A-Za-z0-9 -]+$' AND length(trim(q)) >= 2
              ORDER BY random() LIMIT 3000" | grep '^/search' >"$WORK/search-miss.txt"
log "paths: $(wc -l <"$WORK/category.txt") categories, $(wc -l <"$WORK/product.txt") products, $(wc -l <"$WORK/search.txt") searches; cache-miss sets: $(wc -l <"$WORK/category-miss.txt") listings, $(wc -l <"$WORK/search-miss.txt") searches"

# --- measurements ------------------------------------------------------------------------------------------------------
pgss_reset() { [[ $HAS_PGSS == 1 ]] && sql commerce "SELECT pg_stat_statements_reset()" >/dev/null || true; }
# Statements and database execution time of the commerce database since the last reset, and the top statements.
pgss_summary() { # label
    [[ $HAS_PGSS == 1 ]] || return 0
    sql commerce "SELECT coalesce(sum(calls), 0) || ' ' || round(coalesce(sum(total_exec_time), 0)::numeric, 1) FROM pg_stat_statements
                  WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'commerce') AND query NOT LIKE '%pg_stat_statements%'" \
        >"$WORK/pgss-$1.total"
    sql commerce "SELECT calls, round(mean_exec_time::numeric, 2), round(total_exec_time::numeric, 0),
                         left(regexp_replace(query, '\s+', ' ', 'g'), 200)
                  FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'commerce')
                    AND query NOT LIKE '%pg_stat_statements%'
                  ORDER BY total_exec_time DESC LIMIT 5" >"$WORK/pgss-$1.top"
}

# CPU time (clock ticks) of processes, from /proc: what the app and the database spent, whatever else runs on the machine.
cpu_ticks() {
    local total=0 pid
    for pid in "$@"; do
        [[ -r "/proc/$pid/stat" ]] || continue
        total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{print $12 + $13}' || echo 0)))
    done
    echo "$total"
}
pg_pids() { local pm; pm=$(head -n1 "$WORK/pgdata/postmaster.pid"); echo "$pm" $(pgrep -P "$pm" || true); }
TICK_MS=$(awk -v t="$(getconf CLK_TCK)" 'BEGIN { print 1000 / t }')

declare -A STATUS LOADS
measure() { # label paths-file
    local label=$1 file=$2 first status
    first=$(head -n1 "$file")
    status=$(http_status "$first")
    STATUS[$label]=$status
    if [[ "$status" != 200 ]]; then
        log "$label: $first answers HTTP $status, not measured"
        return 0
    fi
    timeout $((WARMUP + 120)) "${BENCH[@]}" load --url "$BASE" --paths-file "$file" --concurrency "$CONCURRENCY" --duration 1s --warmup "${WARMUP}s" \
        --label "$label-warmup" >/dev/null
    pgss_reset
    local app0 db0
    app0=$(cpu_ticks "$APP_PID")
    db0=$(cpu_ticks $(pg_pids))
    LOADS[$label]=$(loadavg)
    log "$label: measuring $DURATION s at $CONCURRENCY clients (load average ${LOADS[$label]})"
    timeout $((DURATION + 120)) "${BENCH[@]}" load --url "$BASE" --paths-file "$file" --concurrency "$CONCURRENCY" --duration "${DURATION}s" --warmup 0s \
        --label "$label" --json-out "$RESULTS" | tail -n1
    echo "$(( $(cpu_ticks "$APP_PID") - app0 )) $(( $(cpu_ticks $(pg_pids)) - db0 ))" >"$WORK/cpu-$label"
    pgss_summary "$label"
}

LOAD_BEFORE_WAIT=$(loadavg)
for _ in $(seq 1 "$QUIET_WAIT"); do
    awk -v n="$NPROC" '{ exit !($1 <= n) }' /proc/loadavg && break
    sleep 1
done
LOAD_AT_START=$(loadavg)
log "load average before measuring: $LOAD_AT_START (was $LOAD_BEFORE_WAIT; $NPROC cores)"

# One pass over every page type first, so JIT tiering, the category cache and PostgreSQL's buffers are warm.
cat "$WORK/category.txt" "$WORK/product.txt" "$WORK/search.txt" | shuf --random-source=<(yes) >"$WORK/mixed.txt"
if [[ "$(http_status "$(head -n1 "$WORK/product.txt")")" == 200 ]]; then
    log "warming up: $((WARMUP * 2)) s over all page types"
    timeout $((WARMUP * 2 + 120)) "${BENCH[@]}" load --url "$BASE" --paths-file "$WORK/mixed.txt" --concurrency "$CONCURRENCY" \
        --duration "$((WARMUP * 2))s" --warmup 0s --label warmup >/dev/null
fi

measure ceiling "$WORK/ceiling.txt"
measure category "$WORK/category.txt"
measure product "$WORK/product.txt"
measure search "$WORK/search.txt"
if [[ "$CACHE_MISS" == 1 ]]; then
    # The miss sets are cycled faster than the cache forgets them, so the app is restarted with parts of its listing
    # cache switched off: category-miss with no page cache (a view's counts still shared, as in production),
    # filter-miss and search-miss with neither, so every request reads its page and counts its listing.
    stop_app
    start_app Search__ListingCache__PageLifetime=00:00:00
    measure category-miss "$WORK/category-miss.txt"
    stop_app
    start_app Search__ListingCache__PageLifetime=00:00:00 Search__ListingCache__CountsKeptFor=00:00:00
    measure filter-miss "$WORK/filter-miss.txt"
    measure search-miss "$WORK/search-miss.txt"
    stop_app
    start_app
fi

WRK_OUT=""
if command -v wrk >/dev/null && [[ "$WRK_SECONDS" -gt 0 ]]; then
    for path in /bench/ceiling "$(head -n1 "$WORK/product.txt")"; do
        log "wrk cross-check: $path"
        WRK_OUT+="\$ wrk -t2 -c$CONCURRENCY -d${WRK_SECONDS}s --latency $BASE$path"$'\n'
        WRK_OUT+=$(wrk -t2 -c"$CONCURRENCY" -d"${WRK_SECONDS}s" --latency "$BASE$path" 2>&1 \
            | grep -E 'Latency|50%|99%|Requests/sec|Non-2xx|Socket errors' || true)$'\n'
    done
fi

# One product page with every statement logged: count what reaches the server for that request alone.
count_statements() { # label path
    local before status path=$2
    sql postgres "ALTER SYSTEM SET log_statement = 'all'" && sql postgres "SELECT pg_reload_conf()" >/dev/null
    sleep 1
    before=$(stat -c %s "$WORK/logs/postgres.log")
    # This request is the one counted (a status check first would fill the app's listing cache).
    status=$(http_status "$path")
    sleep 1
    sql postgres "ALTER SYSTEM RESET log_statement" && sql postgres "SELECT pg_reload_conf()" >/dev/null
    tail -c +"$((before + 1))" "$WORK/logs/postgres.log" | grep -E '\] commerce LOG:  (statement|execute [^:]*):' \
        | sed -E 's/^.*\] commerce LOG:  //' | cut -c1-220 >"$WORK/statements-$1.txt" || true
    if [[ "$status" == 200 ]]; then wc -l <"$WORK/statements-$1.txt"; else echo "n/a (HTTP $status)"; fi
}
PRODUCT_PATH=$(head -n1 "$WORK/product.txt")
QUERIES_PRODUCT=$(count_statements product "$PRODUCT_PATH")
# Listings are cached for a few seconds: count on URLs no load phase requested, so the statements are those of a miss.
CATEGORY_COUNT_PATH="$(head -n1 "$WORK/category.txt")?page=11"
SEARCH_COUNT_PATH="$(head -n1 "$WORK/search.txt")&sort=price-asc"
QUERIES_CATEGORY=$(count_statements category "$CATEGORY_COUNT_PATH")
QUERIES_SEARCH=$(count_statements search "$SEARCH_COUNT_PATH")
log "SQL statements for one request: product $QUERIES_PRODUCT, category $QUERIES_CATEGORY, search $QUERIES_SEARCH"
LOAD_AFTER_HTTP=$(loadavg)
stop_app

log "pgbench: init -s 10, then -S and TPC-B-like, -c 4 -j 2 -T $PGBENCH_SECONDS"
PGB=("$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres)
sql postgres "CREATE DATABASE pgbench"
"${PGB[@]}" -i -s 10 -q pgbench >"$WORK/logs/pgbench.log" 2>&1
tps() { grep -Eo 'tps = [0-9.]+' | tail -n1 | awk '{printf "%.0f", $3}'; }
LOAD_PGBENCH=$(loadavg)
PGBENCH_SELECT=$("${PGB[@]}" -S -c 4 -j 2 -T "$PGBENCH_SECONDS" pgbench 2>>"$WORK/logs/pgbench.log" | tee -a "$WORK/logs/pgbench.log" | tps)
PGBENCH_TPCB=$("${PGB[@]}" -c 4 -j 2 -T "$PGBENCH_SECONDS" pgbench 2>>"$WORK/logs/pgbench.log" | tee -a "$WORK/logs/pgbench.log" | tps)
log "pgbench: select-only $PGBENCH_SELECT TPS, TPC-B-like $PGBENCH_TPCB TPS"

log "checkout: $ORDERS orders at $CHECKOUT_CONCURRENCY callers over $CHECKOUT_VARIANTS variants"
sql postgres "CREATE DATABASE checkout"
[[ $HAS_PGSS == 1 ]] && sql checkout "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
LOAD_CHECKOUT=$(loadavg)
CHECKOUT_RC=0
timeout 1800 "${BENCH[@]}" checkout --connection "Host=127.0.0.1;Port=$PG_PORT;Database=checkout;Username=postgres" --orders "$ORDERS" \
    --concurrency "$CHECKOUT_CONCURRENCY" --variants "$CHECKOUT_VARIANTS" --json-out "$RESULTS" 2>"$WORK/logs/checkout.log" \
    | tail -n1 || CHECKOUT_RC=$?
cat "$WORK/logs/checkout.log" >&2

# --- summary -----------------------------------------------------------------------------------------------------------
field() { # label key -> value from the results file (flat JSON written by Commerce.Benchmarks)
    { grep -F "\"label\":\"$1\"" "$RESULTS" 2>/dev/null | tail -n1 | grep -Eo "\"$2\":(\"[^\"]*\"|[^,}]*)" | head -n1 \
        | cut -d: -f2- | tr -d '"'; } || true
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "n/a"; else printf "%.3f", a / b }'; }
verdict() { # p95 target
    [[ -z "$1" ]] && { echo "not measured"; return; }
    awk -v p="$1" -v t="$2" 'BEGIN { print (p < t ? "meets" : "MISSES") " p95 < " t " ms" }'
}
declare -A TARGET=([ceiling]="" [category]=50 [product]=50 [search]=100 [category-miss]=50 [filter-miss]=50 [search-miss]=100)
TABLE="| page | paths | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | target (p95) | DB statements / req | DB exec ms / req | CPU ms / req: app + db + client | load avg at start |"$'\n'
TABLE+="|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|---|"$'\n'
for label in ceiling category product search category-miss filter-miss search-miss; do
    [[ -n "${STATUS[$label]:-}" ]] || continue
    if [[ -z "$(field "$label" rps)" ]]; then
        TABLE+="| $label | $(wc -l <"$WORK/$label.txt") | — | — | — | — | — | HTTP ${STATUS[$label]:-?} | not measured: HTTP ${STATUS[$label]:-?} | | | | |"$'\n'
        continue
    fi
    per_stmt="" per_ms=""
    if [[ -f "$WORK/pgss-$label.total" ]]; then
        read -r calls exec_ms <"$WORK/pgss-$label.total"
        per_stmt=$(awk -v c="$calls" -v n="$(field "$label" requests)" 'BEGIN { printf "%.1f", n ? c / n : 0 }')
        per_ms=$(awk -v t="$exec_ms" -v n="$(field "$label" requests)" 'BEGIN { printf "%.2f", n ? t / n : 0 }')
    fi
    cpu=""
    if [[ -f "$WORK/cpu-$label" ]]; then
        read -r app_ticks db_ticks <"$WORK/cpu-$label"
        cpu=$(awk -v a="$app_ticks" -v d="$db_ticks" -v c="$(field "$label" client_cpu_ms)" -v n="$(field "$label" requests)" -v t="$TICK_MS" \
            'BEGIN { if (n) printf "%.2f + %.2f + %.2f = %.2f", a * t / n, d * t / n, c, (a + d) * t / n + c }')
    fi
    target=${TARGET[$label]}
    TABLE+="| $label | $(field "$label" paths) | $(field "$label" rps) | $(field "$label" p50_ms) | $(field "$label" p95_ms) | $(field "$label" p99_ms)"
    TABLE+=" | $(field "$label" max_ms) | $(field "$label" errors) | ${target:+$(verdict "$(field "$label" p95_ms)" "$target")} | $per_stmt | $per_ms | $cpu | ${LOADS[$label]:-} |"$'\n'
done
CHECKOUT_PS=$(field checkout checkouts_per_s)
CHECKOUT_TABLE="| measure | value |"$'\n'"|---|---:|"$'\n'
CHECKOUT_TABLE+="| checkout: paid orders/s ($ORDERS orders, $CHECKOUT_CONCURRENCY callers, $CHECKOUT_VARIANTS variants) | ${CHECKOUT_PS:-failed} |"$'\n'
CHECKOUT_TABLE+="| checkout latency p50 / p95 / p99 ms | $(field checkout p50_ms) / $(field checkout p95_ms) / $(field checkout p99_ms) |"$'\n'
CHECKOUT_TABLE+="| server transactions / statements per checkout (pg_stat_database, pg_stat_statements) | $(field checkout commits_per_order) / $(field checkout statements_per_order) |"$'\n'
CHECKOUT_TABLE+="| per checkout: DB execution ms (pg_stat_statements) / app CPU ms (the benchmark process runs the ordering code) | $(field checkout db_exec_ms_per_order) / $(field checkout client_cpu_ms_per_order) |"$'\n'
CHECKOUT_TABLE+="| stock and orders verified after the run | $([[ $CHECKOUT_RC == 0 ]] && echo yes || echo "NO (exit $CHECKOUT_RC)") |"$'\n'
CHECKOUT_TABLE+="| pgbench select-only TPS (-S -c 4 -j 2 -T $PGBENCH_SECONDS) | $PGBENCH_SELECT |"$'\n'
CHECKOUT_TABLE+="| pgbench TPC-B-like TPS (-c 4 -j 2 -T $PGBENCH_SECONDS) — the database ceiling | $PGBENCH_TPCB |"$'\n'
CHECKOUT_TABLE+="| **checkouts/s ÷ TPC-B TPS** | **$(ratio "$CHECKOUT_PS" "$PGBENCH_TPCB")** |"$'\n'

echo
echo "$TABLE"
echo "$CHECKOUT_TABLE"
echo "SQL statements for one request: product page $QUERIES_PRODUCT (the service states 4), category $QUERIES_CATEGORY, search $QUERIES_SEARCH (both not cached)"

# --- docs/benchmarks.md ------------------------------------------------------------------------------------------------
top_statements() { # label
    [[ -s "$WORK/pgss-$1.top" ]] || return 0
    echo "Top statements by total time during the $1 run (calls | mean ms | total ms | query):"
    echo
    echo '```'
    cat "$WORK/pgss-$1.top"
    echo '```'
    echo
}
statements() { # label
    [[ -s "$WORK/statements-$1.txt" ]] || return 0
    echo '```'
    nl -ba -w2 -s'. ' "$WORK/statements-$1.txt"
    echo '```'
    echo
}
if [[ "$WRITE_DOC" == 1 ]]; then
    commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
    dirty=$(git -C "$ROOT" status --porcelain 2>/dev/null | wc -l)
    RESULTS_MD="$WORK/results.md"
    {
        echo "<!-- results:start — written by benchmarks/run.sh; everything outside these markers is kept -->"
        echo "## Latest run"
        echo
        echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "- Code: commit $commit$([[ $dirty -gt 0 ]] && echo " plus $dirty uncommitted changes in the working tree")"
        echo "- Machine: $NPROC cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME")"
        echo "- Software: .NET $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ {v=$2} END {print v}') (ASP.NET Core runtime), PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}')"
        echo "- Load average (1/5/15 min): before the run $LOAD_BEFORE_WAIT; at the start of the HTTP measurements $LOAD_AT_START; after them $LOAD_AFTER_HTTP; before pgbench $LOAD_PGBENCH; before checkout $LOAD_CHECKOUT. Anything above $NPROC means other work shared the CPUs with this run."
        echo "- Data: demo store plus $PRODUCTS generated products ($ACTIVE_PRODUCTS active products; 3 variants each), seeded by \`--seed-large-catalog\` in $(awk -v ms="$SEED_MS" 'BEGIN { printf "%.1f", ms / 1000 }') s (demo store migrate + seed: ${DEMO_S} s; publish: ${PUBLISH_S} s)"
        echo "- Load: $CONCURRENCY closed-loop clients per page type, $WARMUP s warm-up then $DURATION s measured; latency = send to last body byte, on the same machine as the app and the database"
        echo
        echo "### Storefront pages"
        echo
        echo "Paths: \`category\` cycles the $(wc -l <"$WORK/category.txt") category pages, \`product\` a random sample of $(wc -l <"$WORK/product.txt") generated products, \`search\` $(wc -l <"$WORK/search.txt") queries (typos, words, SKUs)."
        echo "The store keeps a page of a listing for 15 s and the listing's facet counts (which do not depend on sort or page) for 30 s, recounted in the background after that (CachedProductSearch), so those hot sets are served mostly from memory."
        echo "The miss rows run on the same app restarted with parts of that cache switched off (their sets are cycled faster than the cache forgets them):"
        echo "\`category-miss\` ($(wc -l <"$WORK/category-miss.txt") shuffled category × sort × page × in-stock URLs) with no page cache, so each request reads its page from the database while a view's counts are shared;"
        echo "\`filter-miss\` ($(wc -l <"$WORK/filter-miss.txt") shuffled category × colour × size × price × in-stock views) and \`search-miss\` ($(wc -l <"$WORK/search-miss.txt") distinct queries) with neither, so every request reads its page and counts its listing: what 20 shoppers cost when each asks for a listing nobody asked for before."
        echo
        echo "$TABLE"
        echo "\"DB statements / req\" and \"DB exec ms / req\" come from pg_stat_statements over the measured window (execution time only)."
        echo "\"CPU ms / req\" is CPU time from /proc over the measured window: the app process, every process of the PostgreSQL cluster, and the load client itself."
        echo "With $CONCURRENCY closed-loop clients on $NPROC cores, Little's law gives mean latency >= $CONCURRENCY x (CPU ms / req) / $NPROC when the CPUs are the bottleneck."
        echo
        echo "### Checkout throughput against the database ceiling"
        echo
        echo "$CHECKOUT_TABLE"
        echo "### SQL statements for one request"
        echo
        echo "Counted with \`log_statement = all\` switched on for a single warm request (statements sent by the app to the \`commerce\` database):"
        echo
        echo "- product page \`$PRODUCT_PATH\`: **$QUERIES_PRODUCT** (ProductDetailsService states 4)"
        echo "- category page (a listing not in the cache): **$QUERIES_CATEGORY**; search page (not in the cache): **$QUERIES_SEARCH**"
        echo
        echo "Product page statements:"
        echo
        statements product
        echo "Category page statements (\`$CATEGORY_COUNT_PATH\`, not cached):"
        echo
        statements category
        echo "Search page statements (\`$SEARCH_COUNT_PATH\`, not cached):"
        echo
        statements search
        if [[ -n "$WRK_OUT" ]]; then
            echo "### wrk cross-check"
            echo
            echo '```'
            printf '%s' "$WRK_OUT"
            echo '```'
            echo
        fi
        echo "### Where the database time went"
        echo
        for label in category product search category-miss filter-miss search-miss; do top_statements "$label"; done
        echo "<!-- results:end -->"
    } >"$RESULTS_MD"

    mkdir -p "$(dirname "$DOC")"
    if [[ -f "$DOC" ]] && grep -q '<!-- results:start' "$DOC" && grep -q '<!-- results:end -->' "$DOC"; then
        awk -v results="$RESULTS_MD" '
            /<!-- results:start/ { while ((getline line < results) > 0) print line; skip = 1; next }
            /<!-- results:end -->/ { skip = 0; next }
            !skip { print }' "$DOC" >"$WORK/doc.md"
        cp "$WORK/doc.md" "$DOC"
    else
        {
            echo "# Benchmarks"
            echo
            echo "Rerun: \`./benchmarks/run.sh\` (options as environment variables, e.g. \`PRODUCTS=100000 DURATION=30 ./benchmarks/run.sh\`)."
            echo
            cat "$RESULTS_MD"
        } >"$DOC"
    fi
    log "wrote $DOC"
fi

[[ $CHECKOUT_RC == 0 ]] || die "the checkout benchmark failed its correctness checks"
log "done"
