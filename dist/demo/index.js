import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 509:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(243);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(63);
/* harmony import */ var _run_step_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(971);
// `npm run demo`: both actions' bundles run exactly as the runner runs them, against the emulator:
// the create step, then the run step with thresholds, as in a pull-request workflow.






const dist = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), '..');
const CREATE = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dist, 'index.js');
const RUN = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dist, 'run', 'index.js');
for (const bundle of [CREATE, RUN]) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(bundle)) {
        console.error(`${bundle} is missing: run "npm ci && npm run build" first.`);
        process.exit(1);
    }
}
const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const heading = (text) => console.log(`\n${bold(`== ${text}`)}`);
const indent = (text) => text.replace(/\n+$/, '').replace(/^/gm, '  ');
const shown = (inputs) => Object.entries(inputs)
    .map(([name, value]) => `  ${name}: ${name === 'secret_access_key' ? '***' : value.replace(/\n/g, ', ')}`)
    .join('\n');
function report(title, bundle, inputs, step) {
    heading(title);
    console.log(indent(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), bundle)} with:\n${shown(inputs)}`));
    console.log(indent('\nLog:'));
    console.log(indent(indent(step.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::') && !l.startsWith('::debug::'))
        .join('\n'))));
    if (step.stderr)
        console.log(indent(step.stderr));
    console.log(indent('\nOutputs:'));
    console.log(indent(indent(Object.entries(step.outputs)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n') || '(none)')));
    console.log(indent('\nJob summary:'));
    console.log(indent(indent(step.summary || '(none)')));
}
const requests = [];
// Demo runs wait 1 s and run 3 s on the emulator, instead of minutes.
const emulator = await (0,_index_js__WEBPACK_IMPORTED_MODULE_4__/* .startEmulator */ .sJ)({ log: (line) => requests.push(line), seed: { run: { waitingSeconds: 1, runningSeconds: 3 } } });
try {
    heading(`Emulator (CodeArts PerfTest + IAM) on ${emulator.url}`);
    console.log(indent(`A workflow run for pull request #${_events_js__WEBPACK_IMPORTED_MODULE_3__/* .PULL_REQUEST_EVENT */ .B.number} of ${_events_js__WEBPACK_IMPORTED_MODULE_3__/* .PULL_REQUEST_ENV */ .C.GITHUB_REPOSITORY}: create a task, then run and judge it.`));
    const createInputs = (0,_index_js__WEBPACK_IMPORTED_MODULE_4__/* .demoInputs */ .b4)(emulator.url);
    const created = await (0,_run_step_js__WEBPACK_IMPORTED_MODULE_5__/* .runStep */ .eg)(CREATE, { inputs: createInputs });
    report('Step 1: create the task', CREATE, createInputs, created);
    let ran;
    if (created.exitCode === 0) {
        const runInputs = {
            ...(0,_index_js__WEBPACK_IMPORTED_MODULE_4__/* .demoRunInputs */ .iP)(emulator.url, created.outputs.task_id),
            thresholds: 'success_rate >= 99.5\navg_response_time <= 300',
        };
        ran = await (0,_run_step_js__WEBPACK_IMPORTED_MODULE_5__/* .runStep */ .eg)(RUN, { inputs: runInputs });
        report('Step 2: run it and judge the figures', RUN, runInputs, ran);
        await (0,_run_step_js__WEBPACK_IMPORTED_MODULE_5__/* .runStep */ .eg)(RUN, { inputs: runInputs, state: ran.state }); // the post step: nothing to stop
    }
    heading('What the emulator received');
    console.log(indent(requests.join('\n')));
    const failed = [created, ran].find((step) => step && step.exitCode !== 0);
    console.log(`\n${failed ? `A step failed with exit code ${failed.exitCode}` : 'Both steps succeeded'}.`);
    process.exitCode = failed ? (failed.exitCode ?? 1) : 0;
}
finally {
    await emulator.stop();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 243:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ PULL_REQUEST_EVENT),
/* harmony export */   C: () => (/* binding */ PULL_REQUEST_ENV)
/* harmony export */ });
// A realistic `pull_request` event payload (trimmed), as the runner writes to GITHUB_EVENT_PATH.
const PULL_REQUEST_EVENT = {
    action: 'synchronize',
    number: 42,
    pull_request: {
        url: 'https://api.github.com/repos/acme/checkout-service/pulls/42',
        id: 2143567890,
        number: 42,
        state: 'open',
        title: 'Cache the cart totals',
        user: {
            login: 'octocat',
            id: 583231,
            type: 'User',
        },
        head: {
            label: 'octocat:cache-cart',
            ref: 'cache-cart',
            sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
            repo: {
                id: 1296269,
                name: 'checkout-service',
                full_name: 'acme/checkout-service',
                fork: false,
            },
        },
        base: {
            label: 'acme:main',
            ref: 'main',
            sha: '1f9a0b2c3d4e5f60718293a4b5c6d7e8f9012345',
            repo: {
                id: 1296269,
                name: 'checkout-service',
                full_name: 'acme/checkout-service',
                fork: false,
            },
        },
        draft: false,
        merged: false,
    },
    repository: {
        id: 1296269,
        name: 'checkout-service',
        full_name: 'acme/checkout-service',
        private: false,
        owner: {
            login: 'acme',
            id: 9919,
            type: 'Organization',
        },
        default_branch: 'main',
    },
    sender: {
        login: 'octocat',
        id: 583231,
        type: 'User',
    },
};
/** The runner's context variables for a run of that pull request. */
const PULL_REQUEST_ENV = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/checkout-service',
    GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_RUN_ID: '11223344556',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_JOB: 'perftest',
    GITHUB_SERVER_URL: 'https://github.com',
};


/***/ }),

/***/ 63:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b4: () => (/* reexport */ demoInputs),
  iP: () => (/* reexport */ demoRunInputs),
  sJ: () => (/* binding */ startEmulator)
});

// UNUSED EXPORTS: DEFAULT_FIXTURE, DEMO, faults

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./emulator/report.ts
const DEFAULT_PROFILE = { rps: 100, avg_response_time: 150, success_rate: 100 };
function reportOutline(state, run) {
    const cases = state.casesOfRun(run);
    const runningFrom = run.startedAt + state.fixture.run.waitingSeconds * 1000;
    const until = state.endTime(run) ?? Math.min(state.now(), state.naturalEnd(run));
    const seconds = Math.max(0, Math.floor((Math.min(until, state.naturalEnd(run)) - runningFrom) / 1000));
    let requests = 0;
    let errors = 0;
    let weightedTime = 0;
    let rps = 0;
    let maxTime = 0;
    let minTime = Infinity;
    for (const c of cases) {
        const profile = c.profile ?? DEFAULT_PROFILE;
        const count = Math.round(profile.rps * seconds);
        requests += count;
        errors += Math.round((count * (100 - profile.success_rate)) / 100);
        weightedTime += profile.avg_response_time * count;
        rps += profile.rps;
        maxTime = Math.max(maxTime, Math.round(profile.avg_response_time * 3.2));
        minTime = Math.min(minTime, Math.round(profile.avg_response_time * 0.2));
    }
    const avg = requests > 0 ? Math.round((weightedTime / requests) * 100) / 100 : 0;
    const success = requests - errors;
    const status = state.runStatus(run);
    return {
        core_index: {
            request_count: requests,
            success_count: success,
            error_request_count: errors,
            success_rate: requests > 0 ? Math.round((success / requests) * 10000) / 100 : 0,
            rps: seconds > 0 ? rps : 0,
            max_rps: seconds > 0 ? Math.round(rps * 1.15) : 0,
            trans_tps: seconds > 0 ? Math.round(rps * 0.9) : 0,
            max_users: cases.length * 50,
            response_time: {
                avg_response_time: avg,
                avg_tp50: Math.round(avg * 0.9),
                avg_tp90: Math.round(avg * 1.6),
                max_response_time: requests > 0 ? maxTime : 0,
                min_response_time: requests > 0 ? minTime : 0,
            },
        },
        exception_response_sum: {
            failed_assert: Math.floor(errors / 2),
            failed_others: 0,
            failed_parsed: 0,
            failed_refused: Math.floor(errors / 4),
            failed_timeout: errors - Math.floor(errors / 2) - Math.floor(errors / 4),
        },
        response_code_sum: { sum1xx: 0, sum2xx: success, sum3xx: 0, sum4xx: Math.floor(errors / 2), sum5xx: errors - Math.floor(errors / 2) },
        network_traffic: { upstream_traffic: requests * 512, downstream_traffic: requests * 4096 },
        task_basic_execution_data: {
            start_time: new Date(run.startedAt).toISOString(),
            end_time: state.endTime(run) === undefined ? '' : new Date(state.endTime(run)).toISOString(),
            duration: seconds,
            task_status: status,
        },
    };
}

;// CONCATENATED MODULE: ./emulator/state.ts
const RUN_STATUS = { running: 0, paused: 1, finished: 2, abnormal: 3, stoppedComplete: 4, stopped: 5, waiting: 9 };
class State {
    fixture;
    now;
    tasks = new Map();
    runs = new Map();
    /** Temporary keys issued by the emulated IAM, besides the fixture's. */
    issuedKeys = [];
    /** IAM tokens issued for ID tokens: X-Subject-Token value -> expiry on the emulator clock. */
    subjectTokens = new Map();
    /** Pull-request comments made through the GitHub REST stand-in, by id. */
    comments = new Map();
    /** Counter behind deterministic ids of issued tokens and keys. */
    serial = 0;
    nextTaskId;
    nextRunId = 7700001;
    constructor(fixture, now) {
        this.fixture = fixture;
        this.now = now;
        this.nextTaskId = fixture.firstTaskId;
    }
    keys() {
        return [...this.fixture.credentials, ...this.issuedKeys];
    }
    project(id) {
        return this.fixture.perftestProjects.find((p) => p.id === id);
    }
    caseOf(project, id) {
        return project.cases.find((c) => c.id === id);
    }
    createTask(fields) {
        const time = this.now();
        const task = { ...fields, id: this.nextTaskId++, create_time: time, update_time: time, runIds: [] };
        this.tasks.set(task.id, task);
        return task;
    }
    startRun(task, cluster_type, cluster_id) {
        const run = {
            id: this.nextRunId++,
            task_id: task.id,
            case_id_list: [...task.case_id_list],
            project_id: task.project_id,
            startedAt: this.now(),
            cluster_type,
            cluster_id,
        };
        this.runs.set(run.id, run);
        task.runIds.push(run.id);
        return run;
    }
    lastRun(task) {
        const id = task.runIds.at(-1);
        return id === undefined ? undefined : this.runs.get(id);
    }
    /** When a run ends by itself (finished or abnormal), in emulator milliseconds. */
    naturalEnd(run) {
        const { waitingSeconds, runningSeconds } = this.fixture.run;
        return run.startedAt + (waitingSeconds + runningSeconds) * 1000;
    }
    runStatus(run) {
        const now = this.now();
        const end = this.naturalEnd(run);
        if (run.stoppedAt !== undefined && run.stoppedAt < end)
            return RUN_STATUS.stopped;
        if (now < run.startedAt + this.fixture.run.waitingSeconds * 1000)
            return RUN_STATUS.waiting;
        if (now < end)
            return RUN_STATUS.running;
        return this.endsAbnormally(run) ? RUN_STATUS.abnormal : RUN_STATUS.finished;
    }
    isActive(run) {
        const status = this.runStatus(run);
        return status === RUN_STATUS.waiting || status === RUN_STATUS.running;
    }
    endTime(run) {
        if (this.isActive(run))
            return undefined;
        return Math.min(run.stoppedAt ?? Infinity, this.naturalEnd(run));
    }
    casesOfRun(run) {
        const project = this.project(run.project_id);
        if (!project)
            return [];
        return run.case_id_list.map((id) => this.caseOf(project, id)).filter((c) => c !== undefined);
    }
    endsAbnormally(run) {
        return this.casesOfRun(run).some((c) => c.endsAbnormally);
    }
}

;// CONCATENATED MODULE: ./emulator/cpts.ts


class CptsError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
const MAX_INT = 2147483647;
const OK = { code: 'SVCSTG.CPTS.0000000', message: 'success' };
const invalid = (message) => new CptsError(400, 'SVCSTG.CPTS.4001001', message);
const notFound = (message) => new CptsError(404, 'SVCSTG.CPTS.4041001', message);
const conflict = (message) => new CptsError(400, 'SVCSTG.CPTS.4001002', message);
function isInt(value) {
    return Number.isInteger(value) && value >= 0 && value <= MAX_INT;
}
function pathInt(ctx, name) {
    const text = ctx.params[name];
    if (!/^\d+$/.test(text) || Number(text) > MAX_INT)
        throw invalid(`${name} must be an integer, got "${text}"`);
    return Number(text);
}
function queryInt(ctx, name, min, max) {
    const values = ctx.query.filter(([n]) => n === name).map(([, v]) => v);
    if (values.length !== 1)
        throw invalid(`query parameter ${name} is required once`);
    if (!/^\d+$/.test(values[0]) || Number(values[0]) < min || Number(values[0]) > max) {
        throw invalid(`query parameter ${name} must be an integer from ${min} to ${max}, got "${values[0]}"`);
    }
    return Number(values[0]);
}
function object(body) {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw invalid('the request body must be a JSON object');
    return body;
}
function existingProject(state, id) {
    const project = state.project(id);
    if (!project)
        throw notFound(`PerfTest project ${id} does not exist`);
    return project;
}
function existingTask(ctx) {
    const id = pathInt(ctx, 'task_id');
    const task = ctx.state.tasks.get(id);
    if (!task)
        throw notFound(`task ${id} does not exist`);
    return task;
}
/** The fields shared by CreateNewTask and UpdateTaskRelatedTestCase. */
function taskFields(state, raw, allowFullLink) {
    const body = object(raw);
    const name = body.name;
    if (typeof name !== 'string' || [...name].length < 1 || [...name].length > 42) {
        throw invalid('name must be a string of 1 to 42 characters');
    }
    if (typeof body.parallel !== 'boolean')
        throw invalid('parallel is required and must be a boolean');
    if (body.enable_full_link !== undefined && (!allowFullLink || typeof body.enable_full_link !== 'boolean')) {
        throw invalid(allowFullLink ? 'enable_full_link must be a boolean' : 'enable_full_link is not accepted here');
    }
    if (!isInt(body.project_id))
        throw invalid('project_id is required and must be an integer');
    if (body.operate_mode !== 2)
        throw invalid('operate_mode is required and must be 2');
    const list = body.case_id_list;
    if (!Array.isArray(list) || list.length === 0 || !list.every(isInt)) {
        throw invalid('case_id_list is required and must be a non-empty array of integers');
    }
    const project = state.project(body.project_id);
    if (!project)
        throw invalid(`PerfTest project ${body.project_id} does not exist`);
    for (const id of list) {
        const found = state.caseOf(project, id);
        if (!found || found.status === 0)
            throw invalid(`case ${id} does not exist in PerfTest project ${project.id}`);
        if (found.type !== 2)
            throw invalid(`${id} is a folder, not a case`);
        if (found.status === 2)
            throw invalid(`case ${id} (${found.name}) is disabled`);
    }
    return {
        name,
        parallel: body.parallel,
        ...(body.enable_full_link === undefined ? {} : { enable_full_link: body.enable_full_link }),
        project_id: body.project_id,
        operate_mode: 2,
        case_id_list: list,
    };
}
function createNewTask(ctx) {
    const task = ctx.state.createTask(taskFields(ctx.state, ctx.body, true));
    return { status: 201, body: { ...OK, task_id: task.id } };
}
function updateTaskRelatedTestCase(ctx) {
    const task = existingTask(ctx);
    const fields = taskFields(ctx.state, ctx.body, false);
    if (fields.project_id !== task.project_id)
        throw invalid(`task ${task.id} belongs to PerfTest project ${task.project_id}`);
    Object.assign(task, fields, { update_time: ctx.state.now() });
    return { status: 200, body: OK };
}
function deleteNewTask(ctx) {
    const task = existingTask(ctx);
    const run = ctx.state.lastRun(task);
    if (run && ctx.state.isActive(run))
        throw conflict(`task ${task.id} is running; stop it first`);
    ctx.state.tasks.delete(task.id);
    return { status: 204 };
}
function showTask(ctx) {
    const task = existingTask(ctx);
    const run = ctx.state.lastRun(task);
    return {
        status: 200,
        body: {
            ...OK,
            taskInfo: {
                id: task.id,
                name: task.name,
                project_id: task.project_id,
                parallel: task.parallel,
                operate_mode: task.operate_mode,
                case_list: task.case_id_list.map((id) => ({ case_id: id })),
                create_time: new Date(task.create_time).toISOString(),
                update_time: new Date(task.update_time).toISOString(),
                // A task that never ran reads as finished (2), like one whose last run finished.
                run_status: run ? ctx.state.runStatus(run) : RUN_STATUS.finished,
                task_run_info: run ? { id: run.id, run_type: 0 } : null,
            },
        },
    };
}
function showTaskSet(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
    const offset = queryInt(ctx, 'offset', 0, MAX_INT);
    const limit = queryInt(ctx, 'limit', 1, 100);
    const all = [...ctx.state.tasks.values()].filter((t) => t.project_id === project.id).sort((a, b) => b.id - a.id);
    return {
        status: 200,
        body: {
            ...OK,
            extend: { total: all.length },
            tasks: all.slice(offset, offset + limit).map((t) => {
                const run = ctx.state.lastRun(t);
                return {
                    id: t.id,
                    name: t.name,
                    parallel: t.parallel,
                    operate_mode: t.operate_mode,
                    bench_concurrent: 0,
                    description: '',
                    update_time: new Date(t.update_time).toISOString(),
                    task_run_info: run ? { id: run.id, run_type: 0 } : { id: 0, run_type: 0 },
                };
            }),
        },
    };
}
function updateTaskStatus(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
    const task = existingTask(ctx);
    if (task.project_id !== project.id)
        throw notFound(`task ${task.id} is not in PerfTest project ${project.id}`);
    const body = object(ctx.body);
    if (body.status !== 9 && body.status !== 2)
        throw invalid('status must be 9 (start) or 2 (stop)');
    if (body.cluster_type !== 'shared-cluster-internet' && body.cluster_type !== 'private-cluster') {
        throw invalid('cluster_type must be shared-cluster-internet or private-cluster');
    }
    if (!Number.isInteger(body.cluster_id))
        throw invalid('cluster_id must be an integer');
    const run = ctx.state.lastRun(task);
    if (body.status === 9) {
        if (task.case_id_list.length === 0)
            throw invalid(`task ${task.id} has no cases`);
        if (run && ctx.state.isActive(run))
            throw conflict(`task ${task.id} is already running (run ${run.id})`);
        const started = ctx.state.startRun(task, body.cluster_type, body.cluster_id);
        return { status: 200, body: { ...OK, extend: {}, result: { task_run_id: started.id } } };
    }
    if (!run || !ctx.state.isActive(run))
        throw conflict(`task ${task.id} is not running`);
    run.stoppedAt = ctx.state.now();
    return { status: 200, body: { ...OK, extend: {}, result: { task_run_id: run.id } } };
}
function showHistoryRunInfo(ctx) {
    const task = existingTask(ctx);
    const log_list = task.runIds
        .map((id) => ctx.state.runs.get(id))
        .map((run) => {
        const end = ctx.state.endTime(run);
        return {
            run_id: run.id,
            name: task.name,
            run_type: 0,
            start_time: new Date(run.startedAt).toISOString(),
            end_time: end === undefined ? '' : new Date(end).toISOString(),
            continue_time: Math.floor(((end ?? ctx.state.now()) - run.startedAt) / 1000),
            parallel: task.parallel,
        };
    })
        .reverse();
    return { status: 200, body: { ...OK, log_list } };
}
function showMergeReportLogsOutline(ctx) {
    const id = pathInt(ctx, 'task_run_id');
    const run = ctx.state.runs.get(id);
    if (!run)
        throw notFound(`task run ${id} does not exist`);
    return { status: 200, body: { ...OK, extend: {}, result: { err_message: '', outline: reportOutline(ctx.state, run) } } };
}
function listProjectSets(ctx) {
    const offset = queryInt(ctx, 'offset', 0, MAX_INT);
    const limit = queryInt(ctx, 'limit', 1, 100);
    const created = new Date(0).toISOString();
    return {
        status: 200,
        body: {
            ...OK,
            projects: ctx.state.fixture.perftestProjects.slice(offset, offset + limit).map((p) => ({
                id: p.id,
                name: p.name,
                description: p.description,
                source: 0,
                CreateTime: created,
                UpdateTime: created,
            })),
        },
    };
}
function listProjectTestCase(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
    const time = new Date(0).toISOString();
    return {
        status: 200,
        body: {
            ...OK,
            directory: project.cases.map((c) => ({
                id: c.id,
                name: c.name,
                status: c.status,
                type: c.type,
                parent_id: c.parent_id,
                create_time: time,
                update_time: time,
            })),
        },
    };
}
function listTaskCases(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
    const task = existingTask(ctx);
    if (task.project_id !== project.id)
        throw notFound(`task ${task.id} is not in PerfTest project ${project.id}`);
    return {
        status: 200,
        body: {
            ...OK,
            test_cases: task.case_id_list.map((id) => {
                const c = ctx.state.caseOf(project, id);
                return { case_id: id, name: c?.name ?? '', status: c?.status ?? 0, task_id: task.id };
            }),
        },
    };
}

;// CONCATENATED MODULE: ./emulator/fixture.ts
// The emulator's seed: one account with a region project, PerfTest projects with cases, keys and an
// OIDC identity provider. Everything the demo, the tests and the benchmarks need to name.
const DEMO = {
    region: 'cn-north-4',
    projectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    ak: 'DEMOAKEMULATOR000001',
    sk: 'demo-secret-key-for-the-local-emulator-only',
    temporaryAk: 'DEMOTEMPORARYAK00001',
    temporarySk: 'demo-temporary-secret-key',
    securityToken: 'demo-security-token-for-the-temporary-key',
    perftestProject: 393862,
    cases: [449269, 449270],
    identityProvider: 'github-actions',
    audience: 'iam.myhuaweicloud.com',
    runnerRequestToken: 'emulator-runner-request-token',
    githubToken: 'ghs_emulatorWriteToken0000000000000000',
    readOnlyGithubToken: 'ghs_emulatorReadOnlyToken00000000000000',
};
const DEFAULT_FIXTURE = {
    domainId: '5f8a1c2e3b4d5e6f7a8b9c0d1e2f3a4b',
    regionProjects: [
        { id: DEMO.projectId, name: DEMO.region },
        { id: '1b2c3d4e5f60718293a4b5c6d7e8f90a', name: 'ap-southeast-1' },
    ],
    credentials: [
        { ak: DEMO.ak, sk: DEMO.sk },
        { ak: DEMO.temporaryAk, sk: DEMO.temporarySk, securityToken: DEMO.securityToken },
    ],
    perftestProjects: [
        {
            id: DEMO.perftestProject,
            name: 'checkout-perf',
            description: 'Checkout service load tests',
            cases: [
                { id: 449260, name: 'checkout', type: 1, status: 1, parent_id: 0 },
                {
                    id: 449269,
                    name: 'browse-catalogue',
                    type: 2,
                    status: 1,
                    parent_id: 449260,
                    profile: { rps: 420, avg_response_time: 86, success_rate: 99.95 },
                },
                {
                    id: 449270,
                    name: 'place-order',
                    type: 2,
                    status: 1,
                    parent_id: 449260,
                    profile: { rps: 180, avg_response_time: 240, success_rate: 99.6 },
                },
                { id: 449271, name: 'legacy-payment', type: 2, status: 2, parent_id: 449260 },
                { id: 449272, name: 'old-search', type: 2, status: 0, parent_id: 449260 },
                {
                    id: 449273,
                    name: 'flaky-inventory',
                    type: 2,
                    status: 1,
                    parent_id: 449260,
                    profile: { rps: 90, avg_response_time: 910, success_rate: 91.2 },
                },
                { id: 449274, name: 'crashing-case', type: 2, status: 1, parent_id: 449260, endsAbnormally: true },
            ],
        },
        {
            id: 393870,
            name: 'search-perf',
            description: 'Search service load tests',
            cases: [{ id: 449300, name: 'browse-catalogue', type: 2, status: 1, parent_id: 0 }],
        },
    ],
    identityProviders: [
        {
            id: DEMO.identityProvider,
            clientId: DEMO.audience,
            issuer: 'https://token.actions.githubusercontent.com',
            subjects: ['repo:acme/checkout-service:*'],
        },
    ],
    runner: {
        requestToken: DEMO.runnerRequestToken,
        subject: 'repo:acme/checkout-service:pull_request',
        defaultAudience: 'https://github.com/acme',
    },
    github: { writeToken: DEMO.githubToken, readOnlyToken: DEMO.readOnlyGithubToken },
    firstTaskId: 1200001,
    run: { waitingSeconds: 5, runningSeconds: 60 },
};
/** The create action's inputs for the demo account, against an emulator at `endpoint`. */
function demoInputs(endpoint) {
    return {
        project: String(DEMO.perftestProject),
        cases: DEMO.cases.join(', '),
        region: DEMO.region,
        project_id: DEMO.projectId,
        access_key_id: DEMO.ak,
        secret_access_key: DEMO.sk,
        endpoint,
    };
}
/** The run action's inputs for the demo account: the task to run, polled every second. */
function demoRunInputs(endpoint, taskId) {
    const { project, project_id, access_key_id, secret_access_key } = demoInputs(endpoint);
    return { task_id: String(taskId), project, project_id, access_key_id, secret_access_key, endpoint, poll_seconds: '1' };
}

;// CONCATENATED MODULE: ./emulator/gateway.ts
// The API gateway's authentication, recomputed from the bytes received. Deliberately its own
// canonicalisation code (byte-level encoding, its own query parser): it must not share the
// action's signer, or a bug there would be invisible here.

const SKEW_MS = 15 * 60 * 1000;
const LOCK_AFTER = 5;
const LOCK_MS = 5 * 60 * 1000;
const UNRESERVED = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~'.split('').map((c) => c.charCodeAt(0)));
function encode(text) {
    let out = '';
    for (const byte of Buffer.from(text, 'utf8')) {
        out += UNRESERVED.has(byte) ? String.fromCharCode(byte) : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}
function decode(text) {
    return decodeURIComponent(text);
}
function canonicalRequestOf(request, signedHeaders) {
    const queryStart = request.target.indexOf('?');
    const rawPath = queryStart < 0 ? request.target : request.target.slice(0, queryStart);
    const rawQuery = queryStart < 0 ? '' : request.target.slice(queryStart + 1);
    let uri = rawPath
        .split('/')
        .map((segment) => encode(decode(segment)))
        .join('/');
    if (!uri.endsWith('/'))
        uri += '/';
    const pairs = rawQuery
        .split('&')
        .filter((part) => part !== '')
        .map((part) => {
        const eq = part.indexOf('=');
        return eq < 0 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))];
    })
        .sort((a, b) => (a[0] === b[0] ? compare(a[1], b[1]) : compare(a[0], b[0])));
    const query = pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
    const headerBlock = signedHeaders
        .map((name) => {
        const value = request.headers[name];
        return `${name}:${(Array.isArray(value) ? value.join(',') : (value ?? '')).trim()}\n`;
    })
        .join('');
    const payloadHash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(request.body).digest('hex');
    return [request.method, uri, query, headerBlock, signedHeaders.join(';'), payloadHash].join('\n');
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** `YYYYMMDDTHHMMSSZ` to epoch milliseconds, or undefined when malformed. */
function parseSdkDate(text) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
    if (!m)
        return undefined;
    const [, y, mo, d, h, mi, s] = m.map(Number);
    const ms = Date.UTC(y, mo - 1, d, h, mi, s);
    // Date.UTC rolls over (second 66 becomes the next minute): accept only dates that round-trip.
    return new Date(ms)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '') === text
        ? ms
        : undefined;
}
const failure = (error_msg, ak, countsAsFailure = true, error_code = 'APIGW.0301') => ({
    status: 401,
    error_code,
    error_msg,
    countsAsFailure,
    ak,
});
class Gateway {
    keys;
    now;
    failures = new Map();
    constructor(keys, now) {
        this.keys = keys;
        this.now = now;
    }
    /** Checks an AK/SK-signed request; returns the key on success, or the gateway's error. */
    authenticate(request) {
        const result = this.check(request);
        if ('error' in result && result.error.ak && result.error.countsAsFailure)
            this.recordFailure(result.error.ak);
        if ('key' in result)
            this.failures.delete(result.key.ak);
        return result;
    }
    isLocked(ak) {
        return (this.failures.get(ak)?.lockedUntil ?? 0) > this.now();
    }
    recordFailure(ak) {
        const entry = this.failures.get(ak) ?? { count: 0, lockedUntil: 0 };
        entry.count += 1;
        if (entry.count >= LOCK_AFTER) {
            entry.lockedUntil = this.now() + LOCK_MS;
            entry.count = 0;
        }
        this.failures.set(ak, entry);
    }
    check(request) {
        const authorization = String(request.headers.authorization ?? '');
        const m = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([^,\s]+), Signature=([0-9a-f]{64})$/.exec(authorization);
        if (!m)
            return { error: failure('Incorrect IAM authentication information: Authorization header is missing or malformed', undefined, false) };
        const [, ak, signedHeaderList, signature] = m;
        if (this.isLocked(ak)) {
            return { error: failure('Incorrect IAM authentication information: AK access failed to reach the limit,forbidden.', ak, false) };
        }
        const key = this.keys().find((k) => k.ak === ak);
        if (!key)
            return {
                error: failure(`Incorrect IAM authentication information: Get secretKey failed,ak:${ak},err:ak not exist`, undefined, false),
            };
        const signedHeaders = signedHeaderList.split(';');
        const sorted = [...signedHeaders].sort(compare);
        if (signedHeaders.some((name, i) => name !== sorted[i] || name !== name.toLowerCase())) {
            return { error: failure('Incorrect IAM authentication information: SignedHeaders must be lower case and sorted', ak) };
        }
        if (!signedHeaders.includes('x-sdk-date')) {
            return { error: failure('Incorrect IAM authentication information: x-sdk-date is not signed', ak) };
        }
        const missing = signedHeaders.find((name) => request.headers[name] === undefined);
        if (missing)
            return { error: failure(`Incorrect IAM authentication information: signed header ${missing} is missing`, ak) };
        const date = parseSdkDate(String(request.headers['x-sdk-date']));
        if (date === undefined || Math.abs(this.now() - date) > SKEW_MS) {
            return {
                error: failure('Incorrect IAM authentication information: the X-Sdk-Date is missing, malformed or more than 15 minutes from the server time', ak, true, 'APIGW.0303'),
            };
        }
        const expected = (0,external_node_crypto_namespaceObject.createHmac)('sha256', key.sk)
            .update(`SDK-HMAC-SHA256\n${request.headers['x-sdk-date']}\n${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(canonicalRequestOf(request, signedHeaders)).digest('hex')}`)
            .digest();
        if (!(0,external_node_crypto_namespaceObject.timingSafeEqual)(expected, Buffer.from(signature, 'hex'))) {
            return { error: failure('Incorrect IAM authentication information: verify aksk signature fail', ak) };
        }
        if (key.securityToken !== undefined) {
            const token = request.headers['x-security-token'];
            if (token === undefined) {
                return { error: failure('Incorrect IAM authentication information: a temporary AK needs X-Security-Token', ak) };
            }
            if (!signedHeaders.includes('x-security-token')) {
                return { error: failure('Incorrect IAM authentication information: x-security-token is not signed', ak) };
            }
            if (token !== key.securityToken) {
                return { error: failure('Incorrect IAM authentication information: the security token is invalid', ak) };
            }
            if (key.expiresAt !== undefined && key.expiresAt <= this.now()) {
                return { error: failure('Incorrect IAM authentication information: the temporary AK/SK has expired', ak) };
            }
        }
        return { key };
    }
}

;// CONCATENATED MODULE: ./emulator/iam.ts
class IamError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
function keystoneListProjects(ctx) {
    const names = ctx.query.filter(([n]) => n === 'name').map(([, v]) => v);
    const { domainId } = ctx.state.fixture;
    const projects = ctx.state.fixture.regionProjects
        .filter((p) => names.length === 0 || names.includes(p.name))
        .map((p) => ({
        id: p.id,
        name: p.name,
        domain_id: domainId,
        parent_id: domainId,
        enabled: true,
        is_domain: false,
        description: '',
        links: { self: `/v3/projects/${p.id}` },
    }));
    return { status: 200, body: { projects, links: { self: '/v3/projects', previous: null, next: null } } };
}
function claimsOf(jwt) {
    const parts = jwt.split('.');
    if (parts.length !== 3)
        throw new IamError(400, 'IAM.0101', 'The id_token is not a JWT.');
    let claims;
    try {
        claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        throw new IamError(400, 'IAM.0101', 'The id_token payload is not valid JSON.');
    }
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
        throw new IamError(400, 'IAM.0101', 'The id_token payload is not a JSON object.');
    }
    return claims;
}
function createTokenWithIdToken(ctx, idpId) {
    const provider = ctx.state.fixture.identityProviders.find((p) => p.id === idpId);
    if (!provider)
        throw new IamError(404, 'IAM.0004', `The identity provider ${idpId ?? '(no X-Idp-Id header)'} does not exist.`);
    const jwt = ctx.body?.auth?.id_token?.id;
    if (typeof jwt !== 'string')
        throw new IamError(400, 'IAM.0101', 'auth.id_token.id is required.');
    const claims = claimsOf(jwt);
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (claims.iss !== provider.issuer) {
        throw new IamError(400, 'IAM.0102', `The id_token issuer does not match identity provider ${provider.id}.`);
    }
    if (!audiences.includes(provider.clientId)) {
        throw new IamError(400, 'IAM.0103', `The id_token audience does not match the client ID of identity provider ${provider.id}.`);
    }
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= ctx.state.now()) {
        throw new IamError(401, 'IAM.0104', 'The id_token has expired.');
    }
    const subject = String(claims.sub ?? '');
    const pattern = (rule) => new RegExp(`^${rule
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
    if (!provider.subjects.some((rule) => pattern(rule).test(subject))) {
        throw new IamError(403, 'IAM.0105', `The id_token subject "${subject}" matches no mapping rule of identity provider ${provider.id}.`);
    }
    const token = `MIIemulator-iam-token-${++ctx.state.serial}`;
    const expiresAt = ctx.state.now() + 24 * 3600 * 1000;
    ctx.state.subjectTokens.set(token, expiresAt);
    return {
        status: 201,
        headers: { 'X-Subject-Token': token },
        body: {
            token: {
                methods: ['mapped'],
                issued_at: new Date(ctx.state.now()).toISOString(),
                expires_at: new Date(expiresAt).toISOString(),
                user: { name: `FederationUser-${String(claims.sub ?? 'unknown')}`, domain: { id: ctx.state.fixture.domainId } },
            },
        },
    };
}
function createTemporaryAccessKeyByToken(ctx) {
    const { state } = ctx;
    const token = ctx.body?.auth
        ?.identity;
    if (!Array.isArray(token?.methods) || !token.methods.includes('token') || typeof token.token?.id !== 'string') {
        throw new IamError(400, 'IAM.0101', 'auth.identity.methods must be ["token"] with auth.identity.token.id.');
    }
    const expiry = state.subjectTokens.get(token.token.id);
    if (expiry === undefined || expiry <= state.now())
        throw new IamError(401, 'IAM.0106', 'The token is invalid or has expired.');
    const duration = token.token.duration_seconds ?? 900;
    if (!Number.isInteger(duration) || duration < 900 || duration > 86400) {
        throw new IamError(400, 'IAM.0101', 'duration_seconds must be an integer from 900 to 86400.');
    }
    const n = ++state.serial;
    const key = {
        ak: `EMUTEMPAK${String(n).padStart(11, '0')}`,
        sk: `emulator-temporary-secret-${n}`,
        securityToken: `emulator-security-token-${n}`,
        expiresAt: state.now() + duration * 1000,
    };
    state.issuedKeys.push(key);
    return {
        status: 201,
        body: {
            credential: {
                access: key.ak,
                secret: key.sk,
                securitytoken: key.securityToken,
                expires_at: new Date(key.expiresAt).toISOString(),
            },
        },
    };
}
/** The runner's ID-token service: `GET ...?api-version=2.0&audience=` with the job's bearer token. */
function runnerIdToken(ctx, authorization) {
    const { runner } = ctx.state.fixture;
    if (authorization !== `Bearer ${runner.requestToken}`) {
        return { status: 401, body: { message: 'The request token is missing or wrong.' } };
    }
    const audience = ctx.query.find(([n]) => n === 'audience')?.[1] ?? runner.defaultAudience;
    const now = Math.floor(ctx.state.now() / 1000);
    const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = {
        iss: 'https://token.actions.githubusercontent.com',
        aud: audience,
        sub: runner.subject,
        iat: now,
        nbf: now,
        exp: now + 300,
    };
    // Unsigned in substance: the emulated IAM checks the claims, not a signature.
    return {
        status: 200,
        body: { value: `${part({ alg: 'RS256', typ: 'JWT', kid: 'emulator' })}.${part(claims)}.${part({ emulator: true })}` },
    };
}

;// CONCATENATED MODULE: ./emulator/github.ts
const denied = () => ({
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
});
/** The token's rights, or an answer refusing it. */
function access(ctx, authorization) {
    const token = /^(?:token|bearer) (.+)$/i.exec(authorization ?? '')?.[1];
    const { github } = ctx.state.fixture;
    if (token === github.writeToken)
        return 'write';
    if (token === github.readOnlyToken)
        return 'read';
    return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } };
}
const issueOf = (ctx) => `${ctx.params.owner}/${ctx.params.repo}#${ctx.params.number}`;
const shape = (c) => ({
    id: c.id,
    body: c.body,
    created_at: c.created_at,
    updated_at: c.updated_at,
    user: { login: 'github-actions[bot]', type: 'Bot' },
});
function listComments(ctx, authorization) {
    const rights = access(ctx, authorization);
    if (typeof rights !== 'string')
        return rights;
    const perPage = Math.min(100, Number(ctx.query.find(([n]) => n === 'per_page')?.[1] ?? 30));
    const page = Number(ctx.query.find(([n]) => n === 'page')?.[1] ?? 1);
    const all = [...ctx.state.comments.values()].filter((c) => c.issue === issueOf(ctx));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const headers = {};
    const path = `/repos/${ctx.params.owner}/${ctx.params.repo}/issues/${ctx.params.number}/comments`;
    if (page < last)
        headers.Link = `<${path}?per_page=${perPage}&page=${page + 1}>; rel="next", <${path}?per_page=${perPage}&page=${last}>; rel="last"`;
    return { status: 200, headers, body: all.slice((page - 1) * perPage, page * perPage).map(shape) };
}
function createComment(ctx, authorization) {
    const rights = access(ctx, authorization);
    if (typeof rights !== 'string')
        return rights;
    if (rights === 'read')
        return denied();
    const body = ctx.body?.body;
    if (typeof body !== 'string' || body === '')
        return { status: 422, body: { message: 'Validation Failed', errors: [{ field: 'body', code: 'missing_field' }] } };
    const time = new Date(ctx.state.now()).toISOString();
    const comment = { id: 9000001 + ctx.state.comments.size, issue: issueOf(ctx), body, created_at: time, updated_at: time };
    ctx.state.comments.set(comment.id, comment);
    return { status: 201, body: shape(comment) };
}
function updateComment(ctx, authorization) {
    const rights = access(ctx, authorization);
    if (typeof rights !== 'string')
        return rights;
    if (rights === 'read')
        return denied();
    const comment = ctx.state.comments.get(Number(ctx.params.comment_id));
    if (!comment || !comment.issue.startsWith(`${ctx.params.owner}/${ctx.params.repo}#`))
        return { status: 404, body: { message: 'Not Found' } };
    const body = ctx.body?.body;
    if (typeof body !== 'string' || body === '')
        return { status: 422, body: { message: 'Validation Failed' } };
    comment.body = body;
    comment.updated_at = new Date(ctx.state.now()).toISOString();
    return { status: 200, body: shape(comment) };
}

;// CONCATENATED MODULE: ./emulator/routes.ts
// The routes the emulator answers, named by the API's operation names.



const route = (operation, method, path, handle, signed = true) => ({
    operation,
    method,
    pattern: path.split('/').slice(1),
    signed,
    service: path.startsWith('/_runner/')
        ? 'runner'
        : path.startsWith('/repos/')
            ? 'github'
            : path.startsWith('/v3/projects') || path.startsWith('/v3.0/')
                ? 'iam'
                : 'cpts',
    handle,
});
const ROUTES = [
    route('CreateNewTask', 'POST', '/v3/{project_id}/tasks', createNewTask),
    route('UpdateTaskRelatedTestCase', 'PUT', '/v3/{project_id}/tasks/{task_id}', updateTaskRelatedTestCase),
    route('DeleteNewTask', 'DELETE', '/v3/{project_id}/tasks/{task_id}', deleteNewTask),
    route('ShowTask', 'GET', '/v1/{project_id}/tasks/{task_id}', showTask),
    route('ShowTaskSet', 'GET', '/v1/{project_id}/all-tasks/{test_suite_id}', showTaskSet),
    route('UpdateTaskStatus', 'POST', '/v1/{project_id}/test-suites/{test_suite_id}/tasks/{task_id}', updateTaskStatus),
    route('ShowHistoryRunInfo', 'GET', '/v1/{project_id}/tasks/history-run-list/{task_id}', showHistoryRunInfo),
    route('ShowMergeReportLogsOutline', 'GET', '/v2/{project_id}/task-run-infos/{task_run_id}/reports/log-outline', showMergeReportLogsOutline),
    route('ListProjectSets', 'GET', '/v1/{project_id}/test-suites', listProjectSets),
    route('ListProjectTestCase', 'GET', '/v1/{project_id}/test-suites/{test_suite_id}/directory', listProjectTestCase),
    route('ListTaskCases', 'GET', '/v1/{project_id}/test-suites/{test_suite_id}/tasks/{task_id}/test-cases', listTaskCases),
    route('KeystoneListProjects', 'GET', '/v3/projects', keystoneListProjects),
    route('CreateTokenWithIdToken', 'POST', '/v3.0/OS-AUTH/id-token/tokens', (ctx, h) => createTokenWithIdToken(ctx, h['x-idp-id']), false),
    route('CreateTemporaryAccessKeyByToken', 'POST', '/v3.0/OS-CREDENTIAL/securitytokens', createTemporaryAccessKeyByToken, false),
    // Not Huawei Cloud: the GitHub runner's ID-token service, so keyless sign-in runs end to end.
    route('RunnerIdToken', 'GET', '/_runner/idtoken', (ctx, h) => runnerIdToken(ctx, h.authorization), false),
    // Not Huawei Cloud either: GitHub's REST API, as far as the pull-request comment uses it.
    route('ListIssueComments', 'GET', '/repos/{owner}/{repo}/issues/{number}/comments', (ctx, h) => listComments(ctx, h.authorization), false),
    route('CreateIssueComment', 'POST', '/repos/{owner}/{repo}/issues/{number}/comments', (ctx, h) => createComment(ctx, h.authorization), false),
    route('UpdateIssueComment', 'PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx, h) => updateComment(ctx, h.authorization), false),
];
/** The route for a method and decoded path segments, with its captured parameters. */
function match(method, segments) {
    for (const candidate of ROUTES) {
        if (candidate.method !== method || candidate.pattern.length !== segments.length)
            continue;
        const params = {};
        const fits = candidate.pattern.every((part, i) => {
            if (part.startsWith('{')) {
                params[part.slice(1, -1)] = segments[i];
                return segments[i] !== '';
            }
            return part === segments[i];
        });
        if (fits)
            return { route: candidate, params };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./emulator/faults.ts
// Faults a test can script per operation and per attempt: the n-th request to an operation gets the
// n-th entry (null: handled normally).
const gatewayError = (status, error_code, error_msg) => ({
    kind: 'reply',
    status,
    body: { error_code, error_msg },
});
const PAGE_TITLES = { 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out' };
const faults = {
    status: (status, body, headers) => ({ kind: 'reply', status, body, headers }),
    /** 429 from the gateway's throttling, with a Retry-After in seconds or as an HTTP date. */
    throttled: (retryAfter) => ({
        ...gatewayError(429, 'APIGW.0308', 'The throttling threshold has been reached.'),
        headers: { 'Retry-After': String(retryAfter) },
    }),
    serverError: (status = 500) => status === 500
        ? { kind: 'reply', status, body: { code: 'SVCSTG.CPTS.5000001', message: 'Internal server error.' } }
        : status === 504
            ? gatewayError(504, 'APIGW.0202', 'Backend timeout.')
            : gatewayError(status, 'APIGW.0203', 'Backend unavailable.'),
    /** cpts documents `501 unknown error` with a bare string body. */
    unknownError: () => ({ kind: 'reply', status: 501, body: 'unknown error', headers: { 'Content-Type': 'text/plain' } }),
    malformedJson: (status = 201, afterHandling = true) => ({
        kind: 'reply',
        status,
        body: '{"code":"SVCSTG.CPTS.0000000","task_id":',
        afterHandling,
    }),
    htmlPage: (status = 502, afterHandling = false) => ({
        kind: 'reply',
        status,
        headers: { 'Content-Type': 'text/html' },
        body: `<html><head><title>${status} ${PAGE_TITLES[status] ?? 'Notice'}</title></head><body><center><h1>${status} ${PAGE_TITLES[status] ?? 'Notice'}</h1></center><hr><center>nginx</center></body></html>`,
        afterHandling,
    }),
    delay: (ms) => ({ kind: 'delay', ms }),
    delayAfterHandling: (ms) => ({ kind: 'delay', ms, afterHandling: true }),
    resetBeforeHandling: () => ({ kind: 'reset' }),
    resetAfterHandling: () => ({ kind: 'reset', afterHandling: true }),
};

;// CONCATENATED MODULE: ./emulator/index.ts
// A local stand-in for the parts of Huawei Cloud the action talks to: the API gateway's AK/SK
// authentication, CodeArts PerfTest and IAM, on node:http, with scriptable faults.










function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
async function startEmulator(options = {}) {
    const clock = options.clock ?? { now: () => Date.now() };
    const now = () => clock.now();
    // A copy: tests may change the state's fixture without touching the seed or the default.
    const state = new State(structuredClone({ ...DEFAULT_FIXTURE, ...options.seed }), now);
    const gateway = new Gateway(() => state.keys(), now);
    const script = { ...options.faults };
    const attempts = new Map();
    const received = [];
    const sockets = new Set();
    const timers = new Set();
    let serial = 0;
    const sleep = (ms) => new Promise((resolve) => {
        const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
        }, ms);
        timers.add(timer);
    });
    const nextFault = (operation) => {
        const n = attempts.get(operation) ?? 0;
        attempts.set(operation, n + 1);
        return script[operation]?.[n] ?? undefined;
    };
    async function handle(req, res, body) {
        const requestId = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`emulator-request-${++serial}`).digest('hex').slice(0, 32);
        const target = req.url ?? '/';
        const entry = {
            operation: undefined,
            method: req.method ?? '',
            target,
            headers: { ...req.headers },
            body: body.toString('utf8'),
            requestId,
            status: 0,
            fault: undefined,
        };
        received.push(entry);
        const send = (answer) => {
            // The gateway's own errors carry the request id in the body too.
            const body = isRecord(answer.body) && 'error_code' in answer.body ? { ...answer.body, request_id: requestId } : answer.body;
            const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
            entry.status = answer.status;
            options.log?.(`${entry.method} ${target} -> ${answer.status}${entry.fault ? ` (fault: ${entry.fault})` : ''}`);
            res.writeHead(answer.status, {
                ...(text ? { 'Content-Type': 'application/json' } : {}),
                ...answer.headers,
                'X-Request-Id': requestId,
            });
            res.end(text);
        };
        const reset = () => {
            entry.status = 'reset';
            options.log?.(`${entry.method} ${target} -> connection reset (fault)`);
            req.socket.destroy();
        };
        const queryAt = target.indexOf('?');
        let segments;
        let query;
        try {
            segments = (queryAt < 0 ? target : target.slice(0, queryAt)).split('/').slice(1).map(decodeURIComponent);
            query = (queryAt < 0 ? '' : target.slice(queryAt + 1))
                .split('&')
                .filter(Boolean)
                .map((p) => {
                const eq = p.indexOf('=');
                return eq < 0 ? [decodeURIComponent(p), ''] : [decodeURIComponent(p.slice(0, eq)), decodeURIComponent(p.slice(eq + 1))];
            });
        }
        catch {
            return send({ status: 400, body: { error_code: 'APIGW.0201', error_msg: 'API request error: malformed percent-encoding.' } });
        }
        const found = match(entry.method, segments);
        if (!found) {
            return send({
                status: 404,
                body: { error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published in the environment.' },
            });
        }
        const { route, params } = found;
        entry.operation = route.operation;
        const fault = nextFault(route.operation);
        entry.fault = fault?.kind;
        if (fault?.kind === 'reset' && !fault.afterHandling)
            return reset();
        if (fault?.kind === 'delay' && !fault.afterHandling) {
            await sleep(fault.ms);
            if (req.socket.destroyed) {
                entry.status = 'reset'; // the client gave up before the request was handled
                return;
            }
        }
        if (fault?.kind === 'reply' && !fault.afterHandling)
            return send(fault);
        const answer = process(route, params, query, req, body);
        if (fault?.kind === 'reset')
            return reset();
        if (fault?.kind === 'delay')
            await sleep(fault.ms);
        if (res.destroyed || req.socket.destroyed) {
            entry.status = 'reset';
            return;
        }
        send(fault?.kind === 'reply' ? fault : answer);
    }
    function process(route, params, query, req, body) {
        if (route.signed) {
            const auth = gateway.authenticate({ method: req.method ?? '', target: req.url ?? '/', headers: req.headers, body });
            if ('error' in auth) {
                const { status, error_code, error_msg } = auth.error;
                return { status, body: { error_code, error_msg } };
            }
            if (params.project_id !== undefined) {
                const header = req.headers['x-project-id'];
                if (header !== params.project_id) {
                    return {
                        status: 401,
                        body: {
                            error_code: 'APIGW.0301',
                            error_msg: `Incorrect IAM authentication information: X-Project-Id ${header === undefined ? 'is missing' : `"${String(header)}"`} but the URL's project is ${params.project_id}`,
                        },
                    };
                }
                if (!state.fixture.regionProjects.some((p) => p.id === params.project_id)) {
                    return {
                        status: 401,
                        body: {
                            error_code: 'APIGW.0301',
                            error_msg: `Incorrect IAM authentication information: project ${params.project_id} is not a project of this account`,
                        },
                    };
                }
            }
        }
        let json;
        if (body.length > 0) {
            try {
                json = JSON.parse(body.toString('utf8'));
            }
            catch {
                const message = 'The request body is not valid JSON.';
                return route.service === 'iam'
                    ? { status: 400, body: { error: { code: 'IAM.0101', message } } }
                    : { status: 400, body: { code: 'SVCSTG.CPTS.4001001', message } };
            }
        }
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
        const ctx = { state, params, query, body: json };
        try {
            return route.handle(ctx, headers);
        }
        catch (error) {
            if (error instanceof CptsError)
                return { status: error.status, body: { code: error.code, message: error.message } };
            if (error instanceof IamError)
                return { status: error.status, body: { error: { code: error.code, message: error.message } } };
            throw error;
        }
    }
    const server = (0,external_node_http_namespaceObject.createServer)((req, res) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => {
            handle(req, res, Buffer.concat(chunks)).catch((error) => {
                // A bug of the emulator's: answer like the service would, and keep the record straight.
                options.log?.(`internal error: ${String(error)}`);
                const entry = received.at(-1);
                if (entry)
                    entry.status = 500;
                if (!res.headersSent)
                    res.writeHead(500, { 'Content-Type': 'application/json', 'X-Request-Id': entry?.requestId ?? '' });
                res.end(JSON.stringify({ code: 'SVCSTG.CPTS.5000001', message: 'Internal server error.' }));
            });
        });
    });
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
    });
    const { port } = server.address();
    return {
        url: `http://${options.host ?? '127.0.0.1'}:${port}`,
        port,
        state,
        received,
        tasks: () => [...state.tasks.values()],
        script(operation, list) {
            script[operation] = list;
            attempts.set(operation, 0);
        },
        stop: () => new Promise((resolve) => {
            timers.forEach(clearTimeout);
            sockets.forEach((s) => s.destroy());
            server.close(() => resolve());
        }),
    };
}


/***/ }),

/***/ 971:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eg: () => (/* binding */ runStep)
});

// UNUSED EXPORTS: NODE, nodeVersion, parseOutputs, visibleOutput

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
// EXTERNAL MODULE: ./emulator/events.ts
var events = __nccwpck_require__(243);
;// CONCATENATED MODULE: ./emulator/run-step.ts
// Runs a bundled action the way the GitHub runner does: a child process with INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files and an event payload. Used by the demo, the
// end-to-end tests and the benchmarks.






/** The Node binary to run bundles with: E2E_NODE (e.g. Node 24 in CI), else this one. */
const NODE = process.env.E2E_NODE || process.execPath;
function nodeVersion(node = NODE) {
    return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
}
async function runStep(script, options) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), 'step-'));
    const outputFile = (0,external_node_path_.join)(dir, 'output');
    const summaryFile = (0,external_node_path_.join)(dir, 'summary');
    const eventFile = (0,external_node_path_.join)(dir, 'event.json');
    const envFile = (0,external_node_path_.join)(dir, 'env');
    const stateFile = (0,external_node_path_.join)(dir, 'state');
    (0,external_node_fs_.writeFileSync)(envFile, '');
    (0,external_node_fs_.writeFileSync)(stateFile, '');
    (0,external_node_fs_.writeFileSync)(outputFile, '');
    (0,external_node_fs_.writeFileSync)(summaryFile, '');
    (0,external_node_fs_.writeFileSync)(eventFile, JSON.stringify(options.event ?? events/* PULL_REQUEST_EVENT */.B));
    const env = {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_ENV: envFile,
        GITHUB_STATE: stateFile,
        GITHUB_EVENT_PATH: eventFile,
        ...events/* PULL_REQUEST_ENV */.C,
        ...(options.eventName ? { GITHUB_EVENT_NAME: options.eventName } : {}),
        RUNNER_TEMP: dir,
        ...options.env,
    };
    for (const [name, value] of Object.entries(options.state ?? {}))
        env[`STATE_${name}`] = value;
    for (const [name, value] of Object.entries(options.inputs)) {
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    const started = external_node_perf_hooks_namespaceObject.performance.now();
    const child = (0,external_node_child_process_namespaceObject.spawn)(options.node ?? NODE, [...(options.nodeArgs ?? []), script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let durationMs = 0;
    child.once('exit', () => (durationMs = external_node_perf_hooks_namespaceObject.performance.now() - started));
    options.onStart?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    const exitCode = await new Promise((resolve) => child.on('close', resolve));
    const result = {
        exitCode,
        durationMs,
        stdout,
        stderr,
        outputs: (0,external_node_fs_.existsSync)(outputFile) ? parseOutputs((0,external_node_fs_.readFileSync)(outputFile, 'utf8')) : {},
        exported: parseOutputs((0,external_node_fs_.readFileSync)(envFile, 'utf8')),
        state: parseOutputs((0,external_node_fs_.readFileSync)(stateFile, 'utf8')),
        summary: (0,external_node_fs_.readFileSync)(summaryFile, 'utf8'),
    };
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    return result;
}
/** Parses GITHUB_OUTPUT (or GITHUB_ENV) as the runner does: `name<<delimiter` blocks (core.setOutput) and `name=value` lines. */
function parseOutputs(text) {
    const outputs = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
        if (heredoc) {
            const end = lines.indexOf(heredoc[2], i + 1);
            outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
            i = end;
        }
        else if (lines[i].includes('=')) {
            outputs[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
        }
    }
    return outputs;
}
/** Output with the runner's `::add-mask::` commands removed: those are how secrets get masked. */
function visibleOutput(result) {
    return (result.stdout + result.stderr)
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(509);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
