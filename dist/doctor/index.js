import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 885:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dG: () => (/* binding */ checkAnswer),
  ac: () => (/* binding */ isFieldName)
});

// UNUSED EXPORTS: MAX_DEPTH, MAX_DEVIATIONS, placeholderKey

// NAMESPACE OBJECT: ./src/cpts/contract-shapes.ts
var contract_shapes_namespaceObject = {};
__nccwpck_require__.r(contract_shapes_namespaceObject);
__nccwpck_require__.d(contract_shapes_namespaceObject, {
  MODELS: () => (MODELS),
  RESPONSE_OF: () => (RESPONSE_OF)
});

;// CONCATENATED MODULE: ./src/cpts/contract-check.ts
// Does an answer fit the API contract? A 2xx answer's JSON against its operation's response model,
// from compact shapes generated from contract/: every operation's (contract-shapes.ts, through
// contract-fit.ts), or the create action's alone (contract-shapes-create.ts), so that the create
// action bundles only what it checks. The contract's `required` is the SDK's claim, so a deviation
// is a sign that the service's answers changed, not an error: callers report deviations, they never
// fail on one. A deviation names a path and the types involved, never a value, since answers hold
// ids, names and secrets.
/** At most this many deviations per answer: past them, the answer is plainly of another shape. */
const MAX_DEVIATIONS = 50;
/** How deep an answer is followed, in objects and lists. */
const MAX_DEPTH = 16;
const FIELD_NAME = /^[A-Za-z_$][\w.$-]{0,63}$/;
const SCALARS = {
    str: (value) => typeof value === 'string',
    datetime: (value) => typeof value === 'string',
    date: (value) => typeof value === 'string',
    int: (value) => Number.isInteger(value),
    float: (value) => typeof value === 'number',
    bool: (value) => typeof value === 'boolean',
};
const join = (path, name) => (path ? `${path}.${name}` : name);
class ContractChecker {
    shapes;
    types = new Map();
    dottedFields;
    constructor(shapes) {
        this.shapes = shapes;
    }
    /**
     * Whether a key looks like a field name rather than data: an identifier-like name of at most 64
     * characters, without a run of 5 digits (an id), not a long hexadecimal or upper-case code (a
     * project id, an access key), and with a '-' or a '.' only when the contract has such a field (a
     * host name, a case's slug). A key of data that looks like a field name (`nightly_checkout`)
     * cannot be told from one.
     */
    isFieldName(key) {
        if (!FIELD_NAME.test(key) || /\d{5}/.test(key))
            return false;
        if (key.length >= 16 && /\d/.test(key) && (/^[0-9a-f]+$/i.test(key) || /^[0-9A-Z_]+$/.test(key)))
            return false;
        // The contract's field names with a '-' or a '.' (OS-FEDERATION): any other such key is taken for data.
        this.dottedFields ??= new Set(Object.values(this.shapes.MODELS)
            .flatMap((fields) => Object.keys(fields))
            .filter((name) => /[-.]/.test(name)));
        return /[-.]/.test(key) ? this.dottedFields.has(key) : true;
    }
    /** A key as a shape or a path may show it: itself when it looks like a field name, else '<key>'. */
    placeholderKey(key) {
        return this.isFieldName(key) ? key : '<key>';
    }
    /**
     * The deviations of an answer (`json`, parsed) from the response model of `operation`, each path
     * once, in the order met: the elements of a list share one path (`field[]`), and so do the values
     * of a dict (`field.<key>`). An answer may null any field. [] for an operation the shapes lack,
     * and for no JSON at all (undefined: an empty body).
     */
    checkAnswer(operation, json) {
        const { RESPONSE_OF } = this.shapes;
        const model = Object.hasOwn(RESPONSE_OF, operation) ? this.typeOf(RESPONSE_OF[operation]) : undefined;
        if (model?.kind !== 'model' || json === undefined)
            return [];
        const found = new Map();
        const check = {
            deviate: (path, problem) => {
                if (!found.has(path) && found.size < MAX_DEVIATIONS)
                    found.set(path, problem);
            },
            full: () => found.size >= MAX_DEVIATIONS,
        };
        if (isRecord(json))
            this.checkFields(model, json, '', 0, check);
        else
            check.deviate('', 'expected an object');
        return [...found].map(([path, problem]) => ({ operation, path, problem }));
    }
    typeOf(name) {
        let type = this.types.get(name);
        if (type)
            return type;
        const { MODELS } = this.shapes;
        const list = /^list\[(.+)\]$/.exec(name);
        const dict = /^dict\(str, ?(.+)\)$/.exec(name);
        if (Object.hasOwn(SCALARS, name))
            type = { kind: 'scalar', name, fits: SCALARS[name] };
        else if (list)
            type = { kind: 'list', name, of: list[1] };
        else if (dict)
            type = { kind: 'dict', name, of: dict[1] };
        else if (Object.hasOwn(MODELS, name)) {
            const entries = Object.entries(MODELS[name]);
            const fields = new Map(entries.map(([field, t]) => [field, t.replace(/^!/, '')]));
            type = { kind: 'model', name, fields, required: entries.filter(([, t]) => t.startsWith('!')).map(([field]) => field) };
        }
        else {
            // `object`, and a type this checker does not know: it says nothing about the answer.
            type = { kind: 'any' };
        }
        this.types.set(name, type);
        return type;
    }
    /** An object of a model, at `depth`: fields the model lacks, required ones missing, each field's type. */
    checkFields(model, value, path, depth, check) {
        for (const [name, item] of Object.entries(value)) {
            if (check.full())
                return;
            const type = model.fields.get(name);
            if (type === undefined)
                check.deviate(join(path, this.placeholderKey(name)), 'not in the contract');
            else if (item !== undefined)
                this.checkType(this.typeOf(type), item, join(path, name), depth + 1, check);
        }
        for (const name of model.required) {
            if (!Object.hasOwn(value, name) || value[name] === undefined)
                check.deviate(join(path, name), 'required, missing');
        }
    }
    /** A value of a contract type, at `depth` (the answer itself is at 0). */
    checkType(type, value, path, depth, check) {
        if (value === null || type.kind === 'any')
            return;
        if (type.kind === 'scalar') {
            if (type.fits(value))
                return;
            const got = type.name === 'int' && typeof value === 'number' ? 'a fractional number' : jsonType(value);
            return check.deviate(path, `expected ${type.name}, got ${got}`);
        }
        if (type.kind === 'list' ? !Array.isArray(value) : !isRecord(value))
            return check.deviate(path, `expected ${type.name}, got ${jsonType(value)}`);
        if (depth >= MAX_DEPTH)
            return check.deviate(path, `deeper than ${MAX_DEPTH} levels, not checked`);
        if (type.kind === 'model')
            return this.checkFields(type, value, path, depth, check);
        // A list's elements share one path, and so do a dict's values (its keys are data).
        const items = type.kind === 'list' ? value : Object.values(value);
        const where = type.kind === 'list' ? `${path}[]` : join(path, '<key>');
        const of = this.typeOf(type.of);
        for (const item of items) {
            if (check.full())
                return;
            this.checkType(of, item, where, depth + 1, check);
        }
    }
}
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The JSON type of a value: string, number, boolean, array, object or null. */
function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}

;// CONCATENATED MODULE: ./src/cpts/contract-shapes.ts
// Generated by `node scripts/contract-shapes.mjs` (run by `node scripts/contract.mjs` too) from
// contract/cpts.json and contract/iam.json: do not edit. A field is its contract type, with a leading
// '!' when the contract calls it required; response headers are left out, and so are the docs.
/** The response model of every vendored operation, CodeArts PerfTest and IAM alike. */
const RESPONSE_OF = {
    BatchUpdateTaskStatus: 'BatchUpdateTaskStatusResponse',
    CreateNewTask: 'CreateNewTaskResponse',
    CreateTemporaryAccessKeyByToken: 'CreateTemporaryAccessKeyByTokenResponse',
    CreateTokenWithIdToken: 'CreateTokenWithIdTokenResponse',
    CreateVariable: 'CreateVariableResponse',
    DebugCase: 'DebugCaseResponse',
    DeleteNewTask: 'DeleteNewTaskResponse',
    DeleteVariable: 'DeleteVariableResponse',
    KeystoneListAuthProjects: 'KeystoneListAuthProjectsResponse',
    KeystoneListProjects: 'KeystoneListProjectsResponse',
    ListProjectSets: 'ListProjectSetsResponse',
    ListProjectTestCase: 'ListProjectTestCaseResponse',
    ListTaskCases: 'ListTaskCasesResponse',
    ListVariables: 'ListVariablesResponse',
    ShowHistoryRunInfo: 'ShowHistoryRunInfoResponse',
    ShowMergeCaseDetail: 'ShowMergeCaseDetailResponse',
    ShowMergeReportLogsOutline: 'ShowMergeReportLogsOutlineResponse',
    ShowMergeTaskCase: 'ShowMergeTaskCaseResponse',
    ShowTask: 'ShowTaskResponse',
    ShowTaskSet: 'ShowTaskSetResponse',
    UpdateTaskRelatedTestCase: 'UpdateTaskRelatedTestCaseResponse',
    UpdateTaskStatus: 'UpdateTaskStatusResponse',
    UpdateVariable: 'UpdateVariableResponse',
};
/** Every model reachable from a response: field name to type. */
// prettier-ignore
const MODELS = {
    AuthProjectResult: { is_domain: '!bool', description: '!str', links: '!LinksSelf', enabled: '!bool', id: '!str', parent_id: '!str', domain_id: '!str', name: '!str' },
    AwInfoDTO: { name: 'str', id: 'str', datumType: 'int' },
    BatchUpdateTaskStatusResponse: { code: 'str', message: 'str', extend: 'object', result: 'list[BatchUpdateTaskStatusResponseBodyResult]' },
    BatchUpdateTaskStatusResponseBodyResult: { task_id: 'int', task_run_id: 'int' },
    CaseAwInfo: { aw: 'list[AwInfoDTO]', awList: 'list[DetailItem]', caseAwId: 'str', caseUri: 'str', case_uri_i: 'str', datumType: 'int', id: 'str', name: 'str', taskExecId: 'str', taskId: 'str', testcaseId: 'str', transactionList: 'list[DetailItem]' },
    CaseDoc: { description: 'str', label_names: 'list[str]', preparation: 'str', rank: 'int', status_code: 'int', steps: 'list[CaseDocSteps]' },
    CaseDocSteps: { expect_result: 'str', test_step: 'str' },
    CaseInfoDetail: { case_id: 'int', name: 'str', case_type: 'int', contents: 'list[Contents]', for_loop_params: 'list[object]', increase_setting: 'list[object]', stages: 'list[TestCaseStage]', status: 'int', temp_id: 'int', sort: 'int', directory_id: 'int', setup_contents: 'list[Contents]', user_replicas: 'int', collect_log_policy: 'int', link_app_list: 'list[int]', case_info: 'CaseDoc' },
    CaseReportDetail: { MaxSuccessRateCheckPoint: 'float', alias: 'str', averageRespTime: 'float', averageRespTimeCheckPoint: 'float', averageRespTimeCheckRes: 'bool', avgNetworkTraffic: 'float', avgRecBytes: 'float', avgRecBytesCheckPoint: 'float', avgRecBytesCheckRes: 'bool', avgSentBytes: 'float', avgSentBytesCheckPoint: 'float', avgSentBytesCheckRes: 'bool', avgTranRespTime: 'float', avgTranRespTimeCheckPoint: 'float', avgTranRespTimeCheckRes: 'bool', awId: 'str', caseUri: 'str', checkpointResult: 'bool', cpuUsage: 'float', cpuUsageAvg: 'float', cpuUsageAvgCheckPoint: 'float', cpuUsageAvgCheckRes: 'bool', cpuUsageCheckPoint: 'float', cpuUsageCheckRes: 'bool', createTime: 'str', currentThreadNum: 'int', datumType: 'int', dcsLatencyAvg: 'float', dcsLatencyAvgCheckPoint: 'float', dcsLatencyAvgCheckRes: 'bool', dcsLatencyMax: 'float', dcsLatencyMaxCheckPoint: 'float', dcsLatencyMaxCheckRes: 'bool', dcsLatencyMin: 'float', dcsLatencyMinCheckPoint: 'float', dcsLatencyMinCheckRes: 'bool', detailId: 'str', diskRead: 'float', diskReadAvg: 'float', diskReadAvgCheckPoint: 'float', diskReadAvgCheckRes: 'bool', diskReadCheckPoint: 'float', diskReadCheckRes: 'bool', diskUsage: 'float', diskUsageAvg: 'float', diskUsageAvgCheckPoint: 'float', diskUsageAvgCheckRes: 'bool', diskUsageCheckPoint: 'float', diskUsageCheckRes: 'bool', diskWrite: 'float', diskWriteAvg: 'float', diskWriteAvgCheckPoint: 'float', diskWriteAvgCheckRes: 'bool', diskWriteCheckPoint: 'float', diskWriteCheckRes: 'bool', duration: 'int', endTime: 'str', errorCount: 'int', errorEventsCount: 'int', failedAssert: 'int', failedOthers: 'int', failedParsed: 'int', failedReason: 'str', failedRefused: 'int', failedTimeout: 'int', id: 'str', isAW: 'bool', iterationUri: 'str', kpiMonitor: 'str', max: 'int', maxAvgTime: 'float', maxAvgTimeCheckPoint: 'float', maxAvgTimeCheckRes: 'bool', maxNetworkTraffic: 'int', maxRecBytes: 'int', maxRecBytesCheckPoint: 'float', maxRecBytesCheckRes: 'bool', maxRespTime: 'int', maxRespTimeCheckPoint: 'float', maxRespTimeCheckRes: 'bool', maxRps: 'int', maxSentBytes: 'int', maxSentBytesCheckPoint: 'float', maxSentBytesCheckRes: 'bool', maxSuccessRate: 'float', maxSuccessRateCheckRes: 'bool', maxThreadNum: 'float', maxThreadNumCheckPoint: 'float', maxThreadNumCheckRes: 'bool', maxTps: 'float', maxTpsCheckPoint: 'float', maxTpsCheckRes: 'bool', maxTranRespTime: 'float', maxTranRespTimeCheckPoint: 'float', maxTranRespTimeCheckRes: 'bool', memoryUsage: 'float', memoryUsageAvg: 'float', memoryUsageAvgCheckPoint: 'float', memoryUsageAvgCheckRes: 'bool', memoryUsageCheckPoint: 'float', memoryUsageCheckRes: 'bool', min: 'int', minNetworkTraffic: 'int', mode: 'str', monitorPeakTime: 'float', monitorPeakTimeCheckPoint: 'float', monitorPeakTimeCheckRes: 'bool', monitorResult: 'float', monitorResultCheckPoint: 'float', monitorResultCheckRes: 'bool', name: 'str', networkRead: 'float', networkReadAvg: 'float', networkReadAvgCheckPoint: 'float', networkReadAvgCheckRes: 'bool', networkReadCheckPoint: 'float', networkReadCheckRes: 'bool', networkWrite: 'float', networkWriteAvg: 'float', networkWriteAvgCheckPoint: 'float', networkWriteAvgCheckRes: 'bool', networkWriteCheckPoint: 'float', networkWriteCheckRes: 'bool', peakLoadStatus: 'float', peakLoadStatusCheckPoint: 'float', peakLoadStatusCheckRes: 'bool', peakMetric: 'PeakMetric', projectId: 'str', protocols: 'list[str]', requests: 'int', result: 'int', resultLog: 'str', round: 'int', saveAllData: 'bool', serviceId: 'str', stage: 'int', startTime: 'str', status: 'int', streamingMediaVo: 'StreamingMediaReport', successCount: 'int', successRate: 'int', successRateCheckPoint: 'float', successRateCheckRes: 'bool', sum1xx: 'int', sum2xx: 'int', sum3xx: 'int', sum4xx: 'int', sum5xx: 'int', taskId: 'str', taskName: 'str', taskProjectId: 'str', taskStatus: 'int', testCaseUri: 'str', tp50: 'int', tp50CheckPoint: 'float', tp50CheckRes: 'bool', tp75: 'int', tp75CheckPoint: 'float', tp75CheckRes: 'bool', tp85: 'int', tp85CheckPoint: 'float', tp85CheckRes: 'bool', tp90: 'int', tp90CheckPoint: 'float', tp90CheckRes: 'bool', tp95: 'int', tp95CheckPoint: 'float', tp95CheckRes: 'bool', tp99: 'int', tp999: 'int', tp9999: 'int', tp9999CheckPoint: 'float', tp9999CheckRes: 'bool', tp999CheckPoint: 'float', tp999CheckRes: 'bool', tp99CheckPoint: 'float', tp99CheckRes: 'bool', tps: 'float', tpsCheckPoint: 'float', tpsCheckRes: 'bool', tranTPS: 'float', tranTPSCheckPoint: 'float', tranTPSCheckRes: 'bool', transactionId: 'str', transactionSuccess: 'float', transactions: 'float', transactionsCheckPoint: 'float', transactionsCheckRes: 'bool', updateTime: 'str', url: 'str', userConcur: 'int', versionUri: 'str' },
    CaseReportDetailResult: { detail: 'CaseReportDetails', err_message: 'str' },
    CaseReportDetails: { customTransactions: 'list[CaseReportDetail]', detailDatas: 'list[CaseReportDetail]', performance: 'CaseReportDetail' },
    CaseReportSummary: { case_aw_info_list: 'list[CaseAwInfo]', err_message: 'str' },
    Content: { content_type: 'int', content: 'ContentInfo' },
    ContentHeader: { key: 'str', value: 'str' },
    ContentInfo: { body_type: 'int', bodys: 'list[object]', check_end_length: 'object', check_end_str: 'object', check_end_type: 'object', connect_timeout: 'int', connect_type: 'int', headers: 'list[ContentHeader]', http_version: 'str', method: 'str', name: 'str', protocol_type: 'int', return_timeout: 'int', return_timeout_param: 'str', url: 'str', rtmp_url: 'str', flv_url: 'str', bitrate_type: 'int', duration: 'int', retry_delay: 'int', retry_time: 'int' },
    Contents: { content_id: 'int', content: 'list[Content]', index: 'int', selected_temp_name: 'str', data: 'object', data_type: 'int', conditions: 'object', is_disabled: 'bool' },
    CoreIndex: { error_request_count: 'int', max_rps: 'int', max_users: 'int', request_count: 'int', rps: 'float', success_count: 'int', success_rate: 'int', trans_tps: 'float', response_time: 'ResponseTimeInfo' },
    CreateNewTaskResponse: { code: 'str', message: 'str', task_id: 'int' },
    CreateTemporaryAccessKeyByTokenResponse: { credential: 'Credential' },
    CreateTokenWithIdTokenResponse: { token: 'ScopedTokenInfo' },
    CreateVariableResponse: { code: 'str', json: 'CreateVariableResultJson', message: 'str' },
    CreateVariableResultJson: { variable_id: 'int' },
    Credential: { expires_at: '!str', access: '!str', secret: '!str', securitytoken: '!str' },
    DebugCaseResponse: { code: 'str', message: 'str', extend: 'str', result: 'list[DebugCaseResult]' },
    DebugCaseResult: { body: 'str', errorReason: 'str', header: 'DebugCaseResultHeader', name: 'str', responseTime: 'int', result: 'int', returnBody: 'str', returnHeader: 'DebugCaseReturnHeader', statusCode: 'str', url: 'str' },
    DebugCaseResultHeader: { Connection: 'str', 'Content-Type': 'str', Host: 'str' },
    DebugCaseReturnHeader: { Connection: 'str', 'Content-Length': 'str', 'Content-Type': 'str', Date: 'str', Vary: 'str' },
    DeleteNewTaskResponse: {},
    DeleteVariableResponse: {},
    DetailItem: { caseAwId: 'str', datumType: 'int', name: 'str', transactionId: 'str', awList: 'list[DetailItem]' },
    DomainInfo: { id: 'str', name: '!str' },
    ExceptionResponseSum: { failed_assert: 'int', failed_others: 'int', failed_parsed: 'int', failed_refused: 'int', failed_timeout: 'int' },
    FederationUserBody: { 'OS-FEDERATION': '!OsFederationInfo', domain: '!DomainInfo', id: 'str', name: 'str' },
    HistoryRunInfo: { name: 'str', run_id: 'float', run_type: 'float', start_time: 'str', end_time: 'str', continue_time: 'float', temp_names: 'list[TempName]', parallel: 'bool' },
    IdpIdInfo: { id: '!str' },
    KeystoneListAuthProjectsResponse: { links: 'LinksSelf', projects: 'list[AuthProjectResult]' },
    KeystoneListProjectsResponse: { links: 'Links', projects: 'list[ProjectResult]' },
    Links: { self: '!str', previous: '!str', next: '!str' },
    LinksSelf: { self: '!str' },
    ListProjectSetsResponse: { code: 'str', message: 'str', projects: 'list[ProjectsSet]' },
    ListProjectTestCaseResponse: { code: 'str', message: 'str', directory: 'list[ProjectDirectory]' },
    ListTaskCasesResponse: { code: 'str', message: 'str', test_cases: 'list[TestCaseBriefInfo]' },
    ListVariablesResponse: { code: 'str', message: 'str', variable_list: 'list[VariableDetail]' },
    NetworkTraffic: { avg_network_traffic: 'float', max_down_stream: 'int', max_network_traffic: 'int', max_upstream: 'int', min_network_traffic: 'float' },
    OsFederationInfo: { identity_provider: '!IdpIdInfo', protocol: '!ProtocolIdInfo', groups: '!list[object]' },
    PeakMetric: { vuser: 'int', rps: 'float', avgRT: 'float', successRate: 'float', peakTime: 'str' },
    ProjectDirectory: { id: '!int', name: '!str', status: '!int', create_time: '!str', update_time: '!str', parent_id: '!int', type: '!int' },
    ProjectInfo: { domain: 'DomainInfo', id: 'str', name: '!str' },
    ProjectResult: { is_domain: '!bool', description: '!str', links: '!Links', enabled: '!bool', id: '!str', parent_id: '!str', domain_id: '!str', name: '!str' },
    ProjectsSet: { CreateTime: 'datetime', UpdateTime: 'datetime', description: 'str', id: 'int', name: 'str', source: 'int', external_params: 'object', variables_no_file: 'list[str]' },
    ProtocolIdInfo: { id: '!str' },
    RelatedTempRunningData: { task_run_info_id: 'int', related_temp_running_id: 'int', temp_id: 'int', temp_name: 'str', content_method_url: 'list[str]', related_temp_running_data: 'list[TempRunningData]' },
    ReportOutline: { core_index: 'CoreIndex', exception_response_sum: 'ExceptionResponseSum', network_traffic: 'NetworkTraffic', response_code_sum: 'ResponseCodeSum', task_basic_attribute: 'TaskBasicAttribute', task_basic_execution_data: 'TaskBasicExecutionData', response_code_details: 'list[object]', sla_statistic: 'object', streaming_media: 'object' },
    ReportOutlineResult: { err_message: 'object', outline: 'ReportOutline' },
    ResponseCodeSum: { sum1xx: 'int', sum2xx: 'int', sum3xx: 'int', sum4xx: 'int', sum5xx: 'int' },
    ResponseTimeInfo: { avg_response_time: 'float', avg_tp50: 'int', avg_tp90: 'int', max_response_time: 'int', min_response_time: 'int' },
    ScopedTokenInfo: { expires_at: '!str', methods: '!list[str]', issued_at: '!str', user: '!FederationUserBody', domain: 'DomainInfo', project: 'ProjectInfo', roles: '!list[ScopedTokenInfoRoles]', catalog: '!list[UnscopedTokenInfoEndpoints]' },
    ScopedTokenInfoRoles: { id: 'str', name: 'str' },
    ShowHistoryRunInfoResponse: { code: 'str', message: 'str', log_list: 'list[HistoryRunInfo]' },
    ShowMergeCaseDetailResponse: { code: 'str', message: 'str', extend: 'object', result: 'CaseReportDetailResult' },
    ShowMergeReportLogsOutlineResponse: { code: 'str', message: 'str', extend: 'object', result: 'ReportOutlineResult' },
    ShowMergeTaskCaseResponse: { code: 'str', message: 'str', extend: 'object', result: 'CaseReportSummary' },
    ShowTaskResponse: { code: 'str', message: 'str', taskInfo: 'TaskInfo' },
    ShowTaskSetResponse: { code: 'str', extend: 'list[str]', message: 'str', tasks: 'list[Task]' },
    StageKpiItem: { comparison: 'str', value: 'int' },
    StageKpiItems: { average_response_time: 'StageKpiItem', success_rate: 'StageKpiItem' },
    StreamingMediaReport: { streamingPlayTimes: 'int', streamingErrorTimes: 'int', streamingSuccessRate: 'float', sentPacketsPerSecond: 'float', receivedPacketsPerSecond: 'float', recvPackets: 'float', sendPackets: 'float', audioSentBytes: 'float', audioRecBytes: 'float', videoSentBytes: 'float', videoRecBytes: 'float', sumRecvKeyFrameDelay: 'float', avgRecvKeyFrameDelay: 'float', minRecvKeyFrameDelay: 'float', maxRecvKeyFrameDelay: 'float', sumSendKeyFrameDelay: 'float', avgSendKeyFrameDelay: 'float', minSendKeyFrameDelay: 'float', maxSendKeyFrameDelay: 'float', keyFrameSendCnt: 'float', keyFrameReceiveCnt: 'float', tcpConnectFailed: 'float', handShakeFailed: 'float', rtmpConnectFailed: 'float', createStreamFailed: 'float', playFailed: 'float', publishFailed: 'float', retryFailed: 'float', parseFileFailed: 'float', illegalUrlFailed: 'float', illegalFlvHeaderFailed: 'float', httpTimeoutFailed: 'float', parseFlvFileFailed: 'float', unknownFailed: 'float' },
    Task: { bench_concurrent: 'int', description: 'str', id: 'int', name: 'str', operate_mode: 'int', task_run_info: 'TaskRunInfo', update_time: 'str', parallel: 'bool' },
    TaskBasicAttribute: { branch_id: 'str', branch_name: 'str', create_by: 'str', iteration_uri: 'str', project_id: 'str', protocols: 'list[str]', service_id: 'str', stage: 'int', stage_name: 'str', task_id: 'str', version_uri: 'str' },
    TaskBasicExecutionData: { complete_num: 'int', duration: 'int', end_time: 'str', executed_num: 'int', kpi_case_count: 'int', kpi_case_execute_count: 'int', kpi_case_pass_count: 'int', parallel: 'bool', pass_num: 'int', start_time: 'str', task_status: 'int', total_num: 'int', vum: 'int' },
    TaskInfo: { bench_concurrent: 'int', case_list: 'list[CaseInfoDetail]', create_time: 'datetime', description: 'str', name: 'str', operate_mode: 'int', project_id: 'int', related_temp_running_data: 'list[RelatedTempRunningData]', run_status: 'int', update_time: 'str', parallel: 'bool' },
    TaskRunInfo: { id: 'int', run_type: 'int' },
    TempName: { name: 'str' },
    TempRunningData: { content_method_url: 'list[str]', crawler_status: 'int', related_temp_running_id: 'int', task_run_info_id: 'int', temp_id: 'int', temp_name: 'str', temp_running_status: 'int' },
    TestCaseBriefInfo: { id: '!int', name: '!str', status: '!int', create_time: '!str', update_time: '!str', parent_id: '!int', type: '!int' },
    TestCaseStage: { operate_mode: 'int', name: 'str', time: 'int', start_time: 'int', end_time: 'int', issue_num: 'int', count: 'int', pressure_mode: 'int', tps_value: 'int', current_user_num: 'int', current_tps: 'int', voltage_regulating_mode: 'int', maximum: 'int', minimum: 'int', loop_count: 'int', max_duration: 'int', ramp_up: 'int', peak_load_kpis: 'StageKpiItems', step_duration: 'int', step_size: 'int' },
    UnscopedTokenInfoEndpoints: { id: 'str', interface: 'str', region: 'str', region_id: 'str', url: 'str' },
    UpdateTaskRelatedTestCaseResponse: { code: 'str', message: 'str', taskInfo: 'TaskInfo' },
    UpdateTaskStatusResponse: { code: 'str', message: 'str', extend: 'str', result: 'UpdateTaskStatusResult' },
    UpdateTaskStatusResult: { task_run_id: 'int' },
    UpdateVariableResponse: { code: 'str', json: 'CreateVariableResultJson', message: 'str' },
    VariableDetail: { file_size: 'int', id: 'int', is_quoted: 'bool', name: 'str', variable: 'list[object]', variable_type: 'int', variable_mode: 'int', share_mode: 'int' },
};

;// CONCATENATED MODULE: ./src/cpts/contract-fit.ts
// The contract check over every vendored operation (contract-shapes.ts): what the run action and the
// doctor use. The create action checks its own operations only (contract-shapes-create.ts), with the
// same checker (contract-check.ts).



const full = new ContractChecker(contract_shapes_namespaceObject);
/** The deviations of an answer from its operation's response model (ContractChecker.checkAnswer). */
const checkAnswer = (operation, json) => full.checkAnswer(operation, json);
/** Whether a key looks like a field name rather than data (ContractChecker.isFieldName). */
const isFieldName = (key) => full.isFieldName(key);
/** A key as a shape or a path may show it: itself when it looks like a field name, else '<key>'. */
const placeholderKey = (key) => full.placeholderKey(key);


/***/ }),

/***/ 729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ parseDirectory),
/* harmony export */   L0: () => (/* binding */ intOf),
/* harmony export */   SR: () => (/* binding */ parseTaskState),
/* harmony export */   YV: () => (/* binding */ parseBatchRunId),
/* harmony export */   _3: () => (/* binding */ parseOutline),
/* harmony export */   _m: () => (/* binding */ parseCreatedTaskId),
/* harmony export */   eQ: () => (/* binding */ isId),
/* harmony export */   gT: () => (/* binding */ listAt),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   lw: () => (/* binding */ parseNamedList),
/* harmony export */   nb: () => (/* binding */ parseTaskCaseIds),
/* harmony export */   sG: () => (/* binding */ Malformed),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   xJ: () => (/* binding */ parseStartedRunId)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(759);
// Reading CodeArts PerfTest answers: each parser demands only the fields the actions use and
// tolerates every other field being absent, null or new (the contract's `required` on an answer is
// the SDK's claim, not the service's promise).

/** An answer without what the action needs; `expected` says what that was. */
class Malformed extends Error {
    expected;
    constructor(expected) {
        super(`expected ${expected}`);
        this.expected = expected;
        this.name = 'Malformed';
    }
}
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value) => Number.isInteger(value) && value >= 0 && value <= _types_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ID */ .rc;
/** An integer, or a string of digits (some answers quote numbers). */
const intOf = (value) => Number.isInteger(value) ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : undefined;
function listAt(json, field, expected) {
    const items = isRecord(json) ? json[field] : undefined;
    if (!Array.isArray(items))
        throw new Malformed(expected);
    return items;
}
/** CreateNewTask: `task_id`. */
function parseCreatedTaskId(json) {
    const id = isRecord(json) ? json.task_id : undefined;
    if (!isId(id))
        throw new Malformed('an integer task_id');
    return id;
}
/** ShowTaskSet `tasks`, ListProjectSets `projects`: each entry's id and name. */
function parseNamedList(json, field) {
    const expected = `a ${field} array with id and name`;
    return listAt(json, field, expected).map((item) => {
        if (!isRecord(item) || !isId(item.id) || typeof item.name !== 'string')
            throw new Malformed(expected);
        return { id: item.id, name: item.name };
    });
}
/** ListProjectTestCase `directory`: id, name, type and status of each folder and case. */
function parseDirectory(json) {
    const expected = 'a directory array with id, name, type and status';
    return listAt(json, 'directory', expected).map((item) => {
        const type = isRecord(item) ? intOf(item.type) : undefined;
        const status = isRecord(item) ? intOf(item.status) : undefined;
        if (!isRecord(item) || !isId(item.id) || typeof item.name !== 'string' || type === undefined || status === undefined) {
            throw new Malformed(expected);
        }
        return { id: item.id, name: item.name, type, status };
    });
}
/** ListTaskCases `test_cases` (TestCaseBriefInfo): the case ids. */
function parseTaskCaseIds(json) {
    const expected = 'a test_cases array with id';
    return listAt(json, 'test_cases', expected).map((item) => {
        if (!isRecord(item) || !isId(item.id))
            throw new Malformed(expected);
        return item.id;
    });
}
/** UpdateTaskStatus: `result.task_run_id`. */
function parseStartedRunId(json) {
    const id = isRecord(json) && isRecord(json.result) ? json.result.task_run_id : undefined;
    if (!isId(id))
        throw new Malformed('result.task_run_id');
    return id;
}
/** BatchUpdateTaskStatus: `result[]`'s task_run_id for the task asked about. */
function parseBatchRunId(json, taskId) {
    const expected = `result with task ${taskId}'s task_run_id`;
    const entry = listAt(json, 'result', expected).find((r) => isRecord(r) && r.task_id === taskId);
    if (!isRecord(entry) || !isId(entry.task_run_id))
        throw new Malformed(expected);
    return entry.task_run_id;
}
/** ShowTask `taskInfo`: run_status, and the latest run's id from related_temp_running_data. */
function parseTaskState(json) {
    const info = isRecord(json) ? json.taskInfo : undefined;
    const runStatus = isRecord(info) ? intOf(info.run_status) : undefined;
    if (!isRecord(info) || runStatus === undefined)
        throw new Malformed('taskInfo with run_status');
    const related = Array.isArray(info.related_temp_running_data) ? info.related_temp_running_data : [];
    const fromRelated = related.map((r) => (isRecord(r) ? r.task_run_info_id : undefined)).find(isId);
    // Not in the contract's TaskInfo, but harmless to accept should the service send it.
    const fromRunInfo = isRecord(info.task_run_info) && isId(info.task_run_info.id) && info.task_run_info.id > 0 ? info.task_run_info.id : undefined;
    const testSuiteId = isId(info.project_id) ? info.project_id : undefined;
    const caseRunIds = related
        .map((r) => (isRecord(r) ? intOf(r.related_temp_running_id) : undefined))
        .filter(isId)
        .map(String);
    return {
        run_status: runStatus,
        latestRunId: fromRelated ?? fromRunInfo,
        ...(testSuiteId === undefined ? {} : { testSuiteId }),
        ...(caseRunIds.length === 0 ? {} : { caseRunIds }),
    };
}
/** ShowHistoryRunInfo `log_list`: each run's id (a float in the contract: integral here) and times. */
function parseHistory(json) {
    const expected = 'a log_list array with run_id';
    return listAt(json, 'log_list', expected).map((item) => {
        if (!isRecord(item) || !isId(item.run_id))
            throw new Malformed(expected);
        const text = (value) => (typeof value === 'string' ? value : undefined);
        return { run_id: item.run_id, start_time: text(item.start_time), end_time: text(item.end_time) };
    });
}
/** ShowMergeReportLogsOutline: `result.outline`, read field by field later (kpis.ts). */
function parseOutline(json) {
    const outline = isRecord(json) && isRecord(json.result) ? json.result.outline : undefined;
    if (!isRecord(outline))
        throw new Malformed('result.outline');
    const core = isRecord(outline.core_index) ? outline.core_index : undefined;
    const basics = isRecord(outline.task_basic_execution_data) ? outline.task_basic_execution_data : undefined;
    return {
        core_index: core && { ...core, response_time: isRecord(core.response_time) ? core.response_time : undefined },
        task_basic_execution_data: basics && {
            start_time: typeof basics.start_time === 'string' ? basics.start_time : undefined,
            end_time: typeof basics.end_time === 'string' ? basics.end_time : undefined,
            duration: typeof basics.duration === 'number' ? basics.duration : undefined,
            task_status: intOf(basics.task_status),
        },
    };
}


/***/ }),

/***/ 759:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ RUN_STATUS),
/* harmony export */   Fp: () => (/* binding */ DIRECTORY_ENTRY),
/* harmony export */   oY: () => (/* binding */ VARIABLE_TYPE),
/* harmony export */   rc: () => (/* binding */ MAX_ID),
/* harmony export */   yo: () => (/* binding */ CASE_STATUS)
/* harmony export */ });
/* unused harmony export STATUS_CHANGE */
/** ListProjectTestCase's `directory` entry `type` values, named (contract model ProjectDirectory). */
const DIRECTORY_ENTRY = { folder: 1, case: 2 };
/** A case's `status` in ListProjectTestCase's `directory`. */
const CASE_STATUS = { deleted: 0, enabled: 1, disabled: 2 };
/** The `status` of UpdateTaskStatus and BatchUpdateTaskStatus: what to do to the task (the contract's doc). */
const STATUS_CHANGE = { start: 9, stop: 2 };
/** The service's ids are int32: the largest id an input may give. */
const MAX_ID = 2147483647;
/** ShowTask's run_status values, named (the contract's TaskInfo.run_status doc). */
const RUN_STATUS = { running: 0, paused: 1, finished: 2, abnormal: 3, stopped: 4, stopping: 5, waiting: 9 };
/** ListVariables' `variable_type` values and those of VariableDetail (the contract's doc). Text (5) exists only on some sites. */
const VARIABLE_TYPE = { integer: 1, enumeration: 2, file: 3, text: 5 };


/***/ }),

/***/ 762:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ errorFields),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   jg: () => (/* binding */ quoteBody),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
// What a failed Huawei Cloud call means, in the words a user needs: status, service code and
// message, request id, and what to do next when the code is a known one.
/** An error's message, or the thrown value as text: for every message that quotes a failure. */
const errorMessage = (error) => (error instanceof Error ? error.message : String(error));
class ApiError extends Error {
    operation;
    status;
    code;
    detail;
    requestId;
    retryAfter;
    requestIdHeader;
    constructor(operation, status, code, detail, requestId, 
    /** The Retry-After header, as sent. */
    retryAfter, 
    /** The header the request id came in: X-Request-Id from the API gateway, X-IAM-Trace-Id from IAM. */
    requestIdHeader = 'X-Request-Id') {
        super(formatApiError(operation, status, code, detail, requestId, requestIdHeader));
        this.operation = operation;
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
        this.requestIdHeader = requestIdHeader;
        this.name = 'ApiError';
    }
    /** A 2xx answer without what the action needs: `expected` says what that was; the body is quoted unless it may hold a secret. */
    static malformed(operation, answer, expected, quote = true) {
        const detail = `expected ${expected}${quote ? `; ${quoteBody(answer.text)}` : ''}`;
        return new ApiError(operation, answer.status, undefined, detail, answer.requestId, undefined, answer.requestIdHeader);
    }
}
/** A hint chosen by the message as well as the code: the gateway says "signature expired" for clock skew. */
const MESSAGE_HINTS = [
    {
        code: 'APIGW.0301',
        pattern: /expired/i,
        hint: "The signature's date (X-Sdk-Date) is more than 15 minutes off the gateway's clock, or temporary keys have expired: " +
            "check the runner's clock, and for keyless sign-in that the keys were issued for long enough. " +
            'Not retried: five failed attempts in a row lock the AK for five minutes.',
    },
];
const HINTS = {
    'APIGW.0301': 'The gateway rejected the signature or the credentials: check the AK/SK (and the security token for temporary keys). ' +
        'Not retried: five failed attempts in a row lock the AK for five minutes, so fix the keys before re-running.',
    'APIGW.0303': "The request date is more than 15 minutes off the gateway's clock: check the runner's clock.",
    'APIGW.0101': 'The gateway does not know this API: check the endpoint and the region.',
    'APIGW.0308': 'The API is throttled: wait a few seconds and try again.',
    'SVCSTG.CPTS.4031009': 'CodeArts PerfTest is not enabled for this account in this region: enable it in the console.',
    'SVCSTG.CPTS.4032002': 'The service knows no such task or PerfTest project in this region project, or it is not yours: check task_id and project, ' +
        'and that region and project_id name the region where they were made.',
};
function formatApiError(operation, status, code, detail, requestId, requestIdHeader) {
    const parts = [`${operation} failed: HTTP ${status}`];
    if (code)
        parts.push(` ${code}`);
    if (detail)
        parts.push(`: ${detail}`);
    parts.push(requestId ? ` (${requestIdHeader} ${requestId})` : ` (no ${requestIdHeader} in the response)`);
    const hint = code ? (MESSAGE_HINTS.find((h) => h.code === code && h.pattern.test(detail))?.hint ?? HINTS[code]) : undefined;
    if (hint)
        parts.push(`. ${hint}`);
    else if (status === 401 || status === 403)
        parts.push('. Check the credentials and their permissions.');
    return parts.join('');
}
/** The first 300 characters of a body, quoted, for bodies that are not the JSON we expected. */
function quoteBody(text) {
    if (text.trim() === '')
        return 'empty body';
    const chars = [...text];
    return `body ${JSON.stringify(chars.length > 300 ? chars.slice(0, 300).join('') + '…' : text)}`;
}
/**
 * Finds the service's error code and message the way Huawei's SDKs do: `error_code`/`error_msg`,
 * `errorCode`/`errorMsg`, `code`/`message`, then one nested object (IAM's `{error: {...}}`).
 */
function errorFields(body) {
    if (!isRecord(body))
        return undefined;
    return pairFields(body) ?? Object.values(body).filter(isRecord).map(pairFields).find(Boolean);
}
function pairFields(record) {
    const pairs = [
        ['error_code', 'error_msg'],
        ['errorCode', 'errorMsg'],
        ['code', 'message'],
    ];
    for (const [codeKey, messageKey] of pairs) {
        const code = asText(record[codeKey]);
        const message = asText(record[messageKey]);
        if (code || message)
            return { code, message };
    }
    return undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asText(value) {
    if (typeof value === 'string' && value !== '')
        return value;
    if (typeof value === 'number')
        return String(value);
    return undefined;
}
/** No HTTP answer at all (refused, reset, timed out); the request may or may not have been handled. */
class TransportError extends Error {
    operation;
    url;
    reason;
    code;
    constructor(operation, url, reason, 
    /** The system error code (ECONNRESET, ECONNREFUSED, ...), when there is one. */
    code, cause) {
        super(`${operation} failed: no answer from ${url}: ${reason}`, { cause });
        this.operation = operation;
        this.url = url;
        this.reason = reason;
        this.code = code;
        this.name = 'TransportError';
    }
}


/***/ }),

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ send)
});

// EXTERNAL MODULE: ./src/huawei/api-error.ts
var api_error = __nccwpck_require__(762);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./src/huawei/signer.ts
// SDK-HMAC-SHA256 request signing (Huawei Cloud API gateway). Pure: no I/O, the date is passed in.
//
// The signer also produces the request line and the header values to send, so what goes on the
// wire is by construction what was signed (encoded path, sorted query, trimmed header values).

const ALGORITHM = 'SDK-HMAC-SHA256';
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** `YYYYMMDDTHHMMSSZ` in UTC. */
function formatSdkDate(date) {
    return date
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
}
/** Percent-encodes everything but `A-Z a-z 0-9 - _ . ~`, UTF-8, upper-case hex. */
function encodeRfc3986(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** The encoded path as sent on the request line (no trailing slash added). */
function encodePath(path) {
    const encoded = path.split('/').map(encodeRfc3986).join('/');
    return encoded.startsWith('/') ? encoded : '/' + encoded;
}
function canonicalUri(path) {
    const encoded = encodePath(path);
    return encoded.endsWith('/') ? encoded : encoded + '/';
}
// Code-unit order, as the gateway and the SDKs sort; localeCompare would not be stable across hosts.
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function canonicalQuery(query = []) {
    return [...query]
        .sort(([an, av], [bn, bv]) => byCodeUnit(an, bn) || byCodeUnit(av, bv))
        .map(([name, value]) => `${encodeRfc3986(name)}=${encodeRfc3986(value)}`)
        .join('&');
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
function sign(request, key, date) {
    const toSign = new Map(); // lower-case name -> [name as given, trimmed value]
    const add = (name, value) => {
        const lower = name.toLowerCase();
        if (toSign.has(lower))
            throw new Error(`header ${name} is given twice`);
        toSign.set(lower, [name, value.trim()]);
    };
    for (const [name, value] of Object.entries(request.headers ?? {})) {
        if (['host', 'x-sdk-date', 'x-security-token', 'authorization'].includes(name.toLowerCase())) {
            throw new Error(`header ${name} is set by the signer`);
        }
        add(name, value);
    }
    const sdkDate = formatSdkDate(date);
    add('Host', request.host);
    add('X-Sdk-Date', sdkDate);
    if (key.securityToken)
        add('X-Security-Token', key.securityToken);
    const names = [...toSign.keys()].sort(byCodeUnit);
    const signedHeaders = names.join(';');
    const canonicalHeaders = names.map((n) => `${n}:${toSign.get(n)[1]}\n`).join('');
    const query = canonicalQuery(request.query);
    const method = request.method.toUpperCase();
    const canonicalRequest = [method, canonicalUri(request.path), query, canonicalHeaders, signedHeaders, sha256Hex(request.body ?? '')].join('\n');
    const stringToSign = `${ALGORITHM}\n${sdkDate}\n${sha256Hex(canonicalRequest)}`;
    const signature = (0,external_node_crypto_.createHmac)('sha256', key.secretAccessKey).update(stringToSign).digest('hex');
    const headers = {};
    for (const [name, value] of toSign.values())
        headers[name] = value;
    headers.Authorization = `${ALGORITHM} Access=${key.accessKeyId}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
    return {
        pathAndQuery: encodePath(request.path) + (query ? `?${query}` : ''),
        headers,
        canonicalRequest,
        stringToSign,
        signedHeaders,
        signature,
    };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(995);
;// CONCATENATED MODULE: ./src/huawei/transport.ts
// One HTTP exchange, as plain as it can be. Directly through node:http or node:https, loaded by the
// URL's scheme, unless the environment names a proxy for that scheme: then through
// @actions/http-client, which honours https_proxy/http_proxy and no_proxy as the runner's other
// tools do. Hand-written for the direct case because http-client loads tls, assert and a tunnel
// module on every start, which cost the create action a fifth of its start-up (docs/benchmarks.md).

const transport_require = (0,external_node_module_.createRequire)(import.meta.url);
/** The proxy variable that applies to `url`, if one is set (no_proxy is http-client's to judge). */
function proxyFor(url, env = process.env) {
    const names = url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    return names.map((name) => env[name]).find(Boolean);
}
async function exchange(request) {
    const url = new URL(request.url);
    if (proxyFor(url))
        return (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(415)]).then(__nccwpck_require__.bind(__nccwpck_require__, 893))).exchangeViaHttpClient(request);
    const http = transport_require(url.protocol === 'https:' ? 'node:https' : 'node:http');
    const headers = { ...request.headers, 'user-agent': request.userAgent };
    if (request.body)
        headers['Content-Length'] = Buffer.byteLength(request.body, 'utf8');
    return new Promise((resolve, reject) => {
        const req = http.request({
            method: request.method,
            // An IPv6 literal is connected to without its brackets; the Host header keeps them.
            hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
            port: url.port || undefined,
            path: url.pathname + url.search,
            headers,
            agent: false,
        }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', reject);
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
                text: Buffer.concat(chunks).toString('utf8'),
            }));
        });
        // The same words as http-client's idle timeout, which messages and docs quote.
        req.setTimeout(request.timeoutMs, () => {
            req.destroy();
            reject(new Error(`Request timeout: ${url.pathname + url.search}`));
        });
        req.on('error', reject);
        req.end(request.body || undefined);
    });
}

;// CONCATENATED MODULE: ./src/huawei/http.ts
// One JSON request to a Huawei Cloud API: sign (unless it is one of IAM's unsigned calls), send,
// read, and turn failures into ApiError.



/** Sends `request`, signed with `key`, or unsigned when `key` is undefined. */
async function send(endpoint, key, request, options) {
    const { url, body, headers } = prepare(endpoint, key, request, options);
    options.log.debug(`${request.operation}: ${request.method} ${url}`);
    const timeoutMs = options.timeoutMs ?? 30_000;
    const response = await exchange({ method: request.method, url, body, headers, userAgent: options.userAgent, timeoutMs }).catch((error) => {
        throw new api_error/* TransportError */.wX(request.operation, url, describe(error), error.code, error);
    });
    const { status, text, headers: responseHeaders } = response;
    // API gateway answers carry X-Request-Id; IAM's carry X-IAM-Trace-Id instead.
    const traced = responseHeaders['x-request-id'] === undefined && responseHeaders['x-iam-trace-id'] !== undefined;
    const requestId = traced ? responseHeaders['x-iam-trace-id'] : responseHeaders['x-request-id'];
    const requestIdHeader = traced ? 'X-IAM-Trace-Id' : 'X-Request-Id';
    options.log.debug(`${request.operation}: HTTP ${status}, ${requestIdHeader} ${requestId ?? '(none)'}`);
    const json = parseJson(text);
    if (status < 200 || status > 299) {
        const fields = (0,api_error/* errorFields */.au)(json);
        const detail = fields ? (fields.message ?? '') : (0,api_error/* quoteBody */.jg)(text);
        throw new api_error/* ApiError */.hD(request.operation, status, fields?.code, detail, requestId, responseHeaders['retry-after'], requestIdHeader);
    }
    const answer = { status, requestId, requestIdHeader, json, text, headers: responseHeaders };
    options.onAnswer?.(request.operation, answer);
    return answer;
}
/** The URL, body and headers to send: signed (the signature's inputs logged at debug level), or as they are. */
function prepare(endpoint, key, request, options) {
    const body = request.body === undefined ? '' : JSON.stringify(request.body);
    // Every cpts call in Huawei's SDKs carries Content-Type: application/json, GETs included.
    const headers = { 'Content-Type': 'application/json', ...request.headers };
    if (request.projectId)
        headers['X-Project-Id'] = request.projectId;
    let pathAndQuery;
    let sent;
    if (key) {
        const now = (options.now ?? (() => new Date()))();
        const signed = sign({ method: request.method, host: endpoint.host, path: request.path, query: request.query, headers, body }, key, now);
        const redact = (text) => (key.securityToken ? text.split(key.securityToken).join('***') : text);
        options.log.debug(`Canonical request:\n${redact(signed.canonicalRequest)}`);
        options.log.debug(`String to sign:\n${signed.stringToSign}`);
        ({ pathAndQuery, headers: sent } = signed);
    }
    else {
        const query = canonicalQuery(request.query);
        pathAndQuery = encodePath(request.path) + (query ? `?${query}` : '');
        sent = { ...headers, Host: endpoint.host };
    }
    const url = endpoint.origin + pathAndQuery;
    // parseEndpoint refuses userinfo; this keeps it out of the debug log and errors whoever built the endpoint.
    if (/^[^:/?#]*:\/\/[^/?#]*@/.test(url)) {
        throw new Error(`${request.operation} was not sent: its endpoint carries credentials (a user name and password before "@"), which are not allowed.`);
    }
    return { url, body, headers: sent };
}
function parseJson(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function describe(error) {
    if (error instanceof Error) {
        const code = error.code;
        return code && !error.message.includes(code) ? `${code} ${error.message}` : error.message;
    }
    return String(error);
}


/***/ }),

/***/ 207:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   j2: () => (/* binding */ REQUEST_TIMEOUT_MS),
/* harmony export */   wP: () => (/* binding */ retrySettings)
/* harmony export */ });
/* unused harmony exports realTiming, BACKOFF, decideRetry, parseRetryAfter, backoffMs, MIN_REQUEST_MS, RetriesExhausted */
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(762);
// When and how long to wait before trying a call again: capped exponential backoff with full
// jitter, Retry-After honoured, everything inside one overall deadline. Pure apart from the
// injected timing, so tests control the clock and the dice.

const realTiming = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};
const BACKOFF = { baseMs: 1000, capMs: 20_000, retryAfterCapMs: 60_000 };
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
/** Errors raised before a request can have reached the server. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
function decideRetry(error, now) {
    if (error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX) {
        // A name that does not resolve is a wrong endpoint or region, not a hiccup.
        if (error.code === 'ENOTFOUND')
            return { retry: false, outcomeUnknown: false, reason: error.reason };
        return { retry: true, outcomeUnknown: !NOT_SENT.has(error.code ?? ''), reason: error.reason };
    }
    if (error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) {
        const reason = `HTTP ${error.status}${error.code ? ` ${error.code}` : ''}`;
        if (!RETRYABLE_STATUS.has(error.status))
            return { retry: false, outcomeUnknown: false, reason };
        // A throttled request was refused before it was handled; a 5xx may have been handled.
        const waitMs = error.retryAfter === undefined ? undefined : parseRetryAfter(error.retryAfter, now);
        return { retry: true, outcomeUnknown: error.status !== 429, waitMs, reason };
    }
    return { retry: false, outcomeUnknown: false, reason: String(error) };
}
/** Retry-After as delta-seconds or an HTTP date, in milliseconds from now; undefined when unreadable. */
function parseRetryAfter(value, now) {
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Full jitter: uniform in [0, min(cap, base * 2^(attempt-1))], at least what the server asked for (capped). */
function backoffMs(attempt, policy, random, waitMs) {
    const jittered = Math.floor(random * Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1)));
    return waitMs === undefined ? jittered : Math.min(policy.retryAfterCapMs, Math.max(waitMs, jittered));
}
/** The retry settings of a real step: Huawei's backoff, the real clock, one deadline. */
function retrySettings(maxAttempts, deadline, log, bound) {
    return { policy: { ...BACKOFF, maxAttempts, deadline, bound }, timing: realTiming, log };
}
/** Each request's own timeout; the overall deadline may cut it shorter. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Less time than this left: no request is worth sending. */
const MIN_REQUEST_MS = 1000;
/** A call that failed on every attempt it was allowed, or ran out of time. */
class RetriesExhausted extends Error {
    operation;
    attempts;
    lastError;
    lastDecision;
    constructor(operation, attempts, lastError, lastDecision, limit) {
        super(`${operation} failed after ${attempts.length} attempt${attempts.length === 1 ? '' : 's'} (${limit}): ` +
            `${attempts.join('; ')}. Last error: ${(0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(lastError)}`);
        this.operation = operation;
        this.attempts = attempts;
        this.lastError = lastError;
        this.lastDecision = lastDecision;
        this.name = 'RetriesExhausted';
    }
}
async function withRetries(options, call) {
    const { operation, policy, timing, log } = options;
    const tried = [];
    const started = timing.now();
    const elapsed = () => `${((timing.now() - started) / 1000).toFixed(1)} s`;
    for (let attempt = 1;; attempt++) {
        const remaining = policy.deadline - timing.now();
        if (remaining < MIN_REQUEST_MS) {
            throw new Error(`${operation} was not sent: the time allowed for the step's network work ran out${tried.length ? ` after ${tried.join('; ')}` : ''}.`);
        }
        try {
            return await call(Math.min(options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, remaining));
        }
        catch (error) {
            const decision = decideRetry(error, timing.now());
            if (!decision.retry)
                throw error;
            tried.push(`attempt ${attempt}: ${decision.reason}`);
            if (decision.outcomeUnknown && options.recover) {
                const recovered = await options.recover(error);
                if (recovered !== undefined)
                    return recovered;
            }
            if (attempt >= policy.maxAttempts) {
                throw new RetriesExhausted(operation, tried, error, decision, `max_attempts ${policy.maxAttempts}, ${elapsed()}`);
            }
            const wait = backoffMs(attempt, policy, timing.random(), decision.waitMs);
            if (timing.now() + wait + MIN_REQUEST_MS > policy.deadline) {
                throw new RetriesExhausted(operation, tried, error, decision, `${policy.bound} reached after ${elapsed()}`);
            }
            log.warning(`${operation} attempt ${attempt} of ${policy.maxAttempts} failed: ${(0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}; ` +
                `retrying in ${(wait / 1000).toFixed(1)} s${decision.waitMs === undefined ? '' : ' (Retry-After)'}.`);
            await timing.sleep(wait);
        }
    }
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./src/github/runner.ts
// The GitHub runner's side of a step, by its documented protocol: inputs and saved state arrive as
// INPUT_* and STATE_* variables; outputs, state and exported variables go to the files it names
// (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV) as `name<<delimiter` blocks; the job summary is appended
// to GITHUB_STEP_SUMMARY; log lines and masks are workflow commands on stdout.
// Hand-written rather than @actions/core: that package's one entry point also loads @actions/exec,
// @actions/io and @actions/http-client (child_process, os, tls, assert) on every start, for the ID
// token and platform details; the create action needs none of it. The ID token, which keyless
// sign-in alone needs, still comes from @actions/core, loaded on first use.
// __tests__/github/runner.test.ts checks every write against @actions/core's own.


const EOL = '\n';
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `name<<delimiter` block of the file commands; the delimiter is random so a value cannot end it. */
function keyValue(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: the value contains ${delimiter}.`);
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}
function createRunner(options = {}) {
    const env = options.env ?? process.env;
    const write = options.write ?? ((text) => void process.stdout.write(text));
    const command = (name, message, properties = {}) => {
        const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(value)}`);
        write(`::${name}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${EOL}`);
    };
    /** To the file the runner names in `fileVariable`, or as the older stdout command where it names none. */
    const fileCommand = (fileVariable, legacy, name, value) => {
        const file = env[fileVariable];
        if (file)
            (0,external_node_fs_.appendFileSync)(file, keyValue(name, value), 'utf8');
        else {
            if (legacy === 'set-output')
                write(EOL); // as @actions/core does, for this command only
            command(legacy, value, { name });
        }
    };
    const runner = {
        env,
        getInput: (name, trim = true) => {
            const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
            return trim ? value.trim() : value;
        },
        setOutput: (name, value) => fileCommand('GITHUB_OUTPUT', 'set-output', name, value),
        saveState: (name, value) => fileCommand('GITHUB_STATE', 'save-state', name, value),
        getState: (name) => env[`STATE_${name}`] ?? '',
        exportVariable: (name, value) => {
            // Later code of this step sees it too, as with @actions/core.
            if (env === process.env)
                process.env[name] = value;
            fileCommand('GITHUB_ENV', 'set-env', name, value);
        },
        setSecret: (secret) => command('add-mask', secret),
        debug: (message) => command('debug', message),
        info: (message) => write(message + EOL),
        warning: (message) => command('warning', message),
        notice: (message) => command('notice', message),
        error: (message) => command('error', message),
        setFailed: (message) => {
            (options.fail ?? (() => (process.exitCode = 1)))();
            runner.error(message);
        },
        appendSummary: (markdown) => {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file)
                return runner.debug('GITHUB_STEP_SUMMARY is not set: no job summary.');
            (0,external_node_fs_.appendFileSync)(file, markdown, 'utf8');
        },
        getIdToken: async (audience) => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(143), __nccwpck_require__.e(363)]).then(__nccwpck_require__.bind(__nccwpck_require__, 143))).getIDToken(audience),
    };
    return runner;
}

;// CONCATENATED MODULE: ./src/common/contract-watch.ts
class ContractWatch {
    checkAnswer;
    keptPerOperation;
    /** The JSON answers kept, by operation, in arrival order. */
    answers = new Map();
    /** `keptPerOperation`: the answers worth checking; the wait's polls repeat one shape. */
    constructor(checkAnswer, keptPerOperation = 2) {
        this.checkAnswer = checkAnswer;
        this.keptPerOperation = keptPerOperation;
    }
    /** For HttpOptions.onAnswer: keeps the answer's JSON, if it has any and the operation's quota allows. */
    onAnswer = (operation, response) => {
        if (response.json === undefined)
            return;
        const kept = this.answers.get(operation) ?? [];
        if (kept.length >= this.keptPerOperation)
            return;
        kept.push(response.json);
        this.answers.set(operation, kept);
    };
    /** Each field that did not fit, once per operation and path. */
    deviations() {
        const found = new Map();
        for (const [operation, answers] of this.answers) {
            for (const json of answers)
                for (const d of this.checkAnswer(operation, json))
                    found.set(`${d.operation} ${d.path}`, d);
        }
        return [...found.values()];
    }
    /** The quiet report: one debug line per operation and field, and one notice when any did not fit. Never throws. */
    report(runner) {
        try {
            const deviations = this.deviations();
            if (deviations.length === 0)
                return;
            for (const d of deviations)
                runner.debug(`API contract: ${d.operation} ${d.path || '(the answer)'}: ${d.problem}.`);
            const operations = [...new Set(deviations.map((d) => d.operation))];
            runner.notice(`${deviations.length} field${deviations.length === 1 ? '' : 's'} in the answers of ${operations.join(', ')} did not fit the API ` +
                "contract: the service's answers may have changed. This step went on; turn on debug logging to see each field, and run " +
                'the doctor action to record them (docs/troubleshooting.md#answers-of-the-wrong-shape).');
        }
        catch (error) {
            runner.debug(`The API contract check did not run: ${String(error)}`);
        }
    }
}

// EXTERNAL MODULE: ./src/huawei/api-error.ts
var api_error = __nccwpck_require__(762);
;// CONCATENATED MODULE: ./src/common/errors.ts
// One error type per layer: InputError for what the user gave, ApiError (huawei/api-error.ts) for
// what the cloud answered.

/** A bad or missing input; the message names the input and says what is expected. */
class errors_InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'InputError';
    }
}
/** Invisible characters that change how text renders: format characters (bidi overrides, zero-width) and line separators. */
const errors_INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}]/gu;
/** `U+202E` for a character (a code point). */
const errors_codePoint = (char) => `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
/** Quotes a user-given value for a message: JSON-escaped so blanks, control and invisible characters show. */
function errors_quote(value, max = 80) {
    const cut = [...value];
    const json = JSON.stringify(cut.length > max ? cut.slice(0, max).join('') + '…' : value);
    // JSON.stringify leaves these as they are; escaped, a log line shows them instead of obeying them.
    return json.replace(errors_INVISIBLE, (char) => Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}
/** How a message names where a value came from: an input, or an environment variable (upper case). */
function errors_describeSource(name) {
    return /^[A-Z][A-Z0-9_]*$/.test(name) ? `Environment variable ${name}` : `Input "${name}"`;
}

;// CONCATENATED MODULE: ./src/common/credentials.ts
// Where the AK/SK (and the security token of temporary keys) come from. Pure: the values are
// passed in. The AK, SK and token always come from one place, so a key is never signed with
// another source's secret.

/** Environment names, in the order they are tried when the inputs are empty. */
const ENV_SOURCES = [
    {
        label: 'HUAWEI_CLOUD_* environment (huaweicloud/auth-action)',
        ak: 'HUAWEI_CLOUD_ACCESS_KEY_ID',
        sk: 'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
        token: 'HUAWEI_CLOUD_SECURITY_TOKEN',
        region: 'HUAWEI_CLOUD_REGION',
        projectId: 'HUAWEI_CLOUD_PROJECT_ID',
    },
    {
        label: 'HUAWEICLOUD_SDK_* environment',
        ak: 'HUAWEICLOUD_SDK_AK',
        sk: 'HUAWEICLOUD_SDK_SK',
        token: 'HUAWEICLOUD_SDK_SECURITY_TOKEN',
        region: 'HUAWEICLOUD_SDK_REGION',
        projectId: 'HUAWEICLOUD_SDK_PROJECT_ID',
    },
];
/** The names whose values are secrets, to mask the moment they are read. */
const SECRET_ENV_NAMES = ENV_SOURCES.flatMap((s) => [s.sk, s.token]);
const INPUT_NAMES = { ak: 'access_key_id', sk: 'secret_access_key', token: 'security_token' };
function resolveCredentials(inputs, env) {
    const fromInputs = pick('inputs', INPUT_NAMES, (n) => inputs[n]);
    if (fromInputs)
        return fromInputs;
    if (inputs.security_token.trim()) {
        throw new errors_InputError('security_token', 'Input "security_token" is given without "access_key_id" and "secret_access_key": a security token only works ' +
            'with the temporary AK/SK it was issued with; give all three inputs, or none to use the environment.');
    }
    for (const source of ENV_SOURCES) {
        const found = pick(source.label, source, (n) => env[n] ?? '');
        if (found)
            return found;
    }
    throw new errors_InputError('access_key_id', 'No credentials: give "identity_provider" for keyless sign-in with the workflow\'s ID token, or the "access_key_id" and "secret_access_key" inputs (from repository secrets), ' +
        'or run huaweicloud/auth-action before this step, or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.');
}
/** The key from one source, or undefined when the source has neither AK nor SK. */
function pick(source, names, read) {
    const ak = read(names.ak).trim();
    const sk = read(names.sk).trim();
    const token = read(names.token).trim();
    if (!ak && !sk)
        return undefined;
    const fail = (name, message) => {
        throw new errors_InputError(name, `${errors_describeSource(name)} ${message}`);
    };
    if (!sk)
        fail(names.sk, `is empty but ${names.ak} is set: an AK needs its SK (secret access key).`);
    if (!ak)
        fail(names.ak, `is empty but ${names.sk} is set: an SK needs its AK (access key id).`);
    if (!/^[A-Za-z0-9]{1,128}$/.test(ak)) {
        fail(names.ak, `must be an access key id of letters and digits; got ${errors_quote(ak, 40)}.`);
    }
    // The SK and the token are never quoted: they are secrets.
    if (!/^[\x21-\x7e]+$/.test(sk)) {
        fail(names.sk, 'must be printable ASCII without blanks; check for a stray quote or line break (value not shown).');
    }
    if (token && !/^[\x21-\x7e]+$/.test(token)) {
        fail(names.token, 'must be printable ASCII without blanks (value not shown).');
    }
    return { key: { accessKeyId: ak, secretAccessKey: sk, ...(token ? { securityToken: token } : {}) }, source };
}

;// CONCATENATED MODULE: ./src/common/input-declarations.ts
// Each input is declared once: the input lists, the secrets readInputs masks and the defaults the
// resolvers fall back to come from here, and __tests__/action-yml.test.ts holds both action.yml
// files to the same names, descriptions, required flags and defaults.
/** The names declared, in declaration order. */
function inputNames(declarations) {
    return Object.keys(declarations);
}
/** Where to send requests and how to sign them; both actions. */
const CONNECTION_DECLARATIONS = {
    region: {
        description: 'Huawei Cloud region, e.g. cn-north-4. Falls back to HUAWEI_CLOUD_REGION, then HUAWEICLOUD_SDK_REGION. ' +
            'Not needed when endpoint is given.',
    },
    project_id: {
        description: "The region's IAM project id (32 hex characters; console > My Credentials > API Credentials > Projects), not the " +
            'PerfTest project. Falls back to HUAWEI_CLOUD_PROJECT_ID, then HUAWEICLOUD_SDK_PROJECT_ID, then is looked up in IAM ' +
            'by region name.',
    },
    access_key_id: {
        description: 'Access key id (AK). Falls back to HUAWEI_CLOUD_ACCESS_KEY_ID, then HUAWEICLOUD_SDK_AK.',
    },
    secret_access_key: {
        description: 'Secret access key (SK); pass it from a secret. Falls back to HUAWEI_CLOUD_SECRET_ACCESS_KEY, then HUAWEICLOUD_SDK_SK.',
        secret: true,
    },
    security_token: {
        description: 'Security token of temporary AK/SK, sent as X-Security-Token. Comes from the same place as the AK/SK.',
        secret: true,
    },
    endpoint: {
        description: 'CodeArts PerfTest endpoint override: https://host[:port] (http:// only for localhost, 127.x.x.x or [::1]), without ' +
            'user:password@ (give keys through access_key_id/secret_access_key). Default https://cpts.{region}.myhuaweicloud.com.',
    },
    identity_provider: {
        description: "Keyless sign-in: the id of an IAM identity provider (protocol OpenID Connect) trusting GitHub's ID tokens. The job " +
            'needs `permissions: id-token: write`. Give it instead of access keys.',
    },
    oidc_audience: {
        description: 'The audience of the ID token; must equal the client ID configured on the identity provider. Only used with identity_provider.',
        default: 'iam.myhuaweicloud.com',
    },
    iam_endpoint: {
        description: 'IAM endpoint override for keyless sign-in and the project_id lookup, under the same rules as endpoint. Falls back to ' +
            'HUAWEICLOUD_SDK_IAM_ENDPOINT. Default https://iam.{region}.myhuaweicloud.com.',
    },
    max_attempts: {
        description: 'Attempts per call, the first included, for transient failures (connection errors, timeouts, 429, 500, 502, 503, 504).',
        default: 5,
    },
};
/** The pull-request comment, which both actions can keep up to date. */
const input_declarations_COMMENT_DECLARATIONS = {
    comment_on_pr: {
        description: 'On pull_request events, keep one comment per workflow and task on the pull request, updated in place on re-runs ' +
            '(the task, and from the run action the figures and thresholds). A read-only token (forks) gives a warning, not a failure.',
        default: false,
    },
    github_token: {
        description: 'Token for that comment; needs the pull-requests: write permission.',
        secret: true,
        default: '${{ github.token }}',
    },
};

;// CONCATENATED MODULE: ./src/common/inputs.ts


/** The inputs declared secret; only shared inputs may be (OwnInputDeclaration has no secret flag). */
const SECRET_INPUTS = new Set(Object.entries({ ...CONNECTION_DECLARATIONS, ...input_declarations_COMMENT_DECLARATIONS })
    .filter(([, declaration]) => declaration.secret)
    .map(([name]) => name));
/** The texts of `names` as the runner gives them, secrets (and secret environment variables) masked. */
function readInputs(runner, names) {
    const mask = (value) => {
        const secret = value?.trim();
        if (secret)
            runner.setSecret(secret);
    };
    const raw = {};
    for (const name of names) {
        // `name` keeps its blanks so that a blank name is an error rather than silently generated.
        const value = runner.getInput(name, name !== 'name');
        if (SECRET_INPUTS.has(name))
            mask(value);
        raw[name] = value;
    }
    for (const name of SECRET_ENV_NAMES)
        mask(runner.env[name]);
    return raw;
}

// EXTERNAL MODULE: ./src/cpts/contract-fit.ts + 2 modules
var contract_fit = __nccwpck_require__(885);
;// CONCATENATED MODULE: ./src/doctor/checks.ts
// What the doctor found, check by check: each is one line in the log and one row in the job
// summary. `detail` may name ids and names (the user's own log and summary); `facts` go into
// doctor.json, which users attach to public issues, and so hold no id, name, URL or secret.
const MARK = { ok: '✅', warn: '⚠️', fail: '❌', skip: '➖' };
/** failed with any ❌, warnings with any ⚠️, else ok; a check not made (➖) counts for nothing. */
function statusOf(checks) {
    if (checks.some((c) => c.outcome === 'fail'))
        return 'failed';
    return checks.some((c) => c.outcome === 'warn') ? 'warnings' : 'ok';
}
/**
 * The identity-policy actions the actions need, each with the read operations that prove it here.
 * Write actions cannot be proved without writing, and the doctor never writes: they are listed,
 * not checked.
 */
const READ_PERMISSIONS = [
    { action: 'codeartsperftest:cpts:listPerfTestProject', operations: ['ListProjectSets'], usedFor: 'PerfTest projects by name' },
    {
        action: 'codeartsperftest:cpts:getPerfTestProject',
        operations: ['ListProjectTestCase', 'ListVariables'],
        usedFor: 'cases by name, variables',
    },
    { action: 'codeartsperftest:cpts:listPerfTestTask', operations: ['ShowTaskSet'], usedFor: 'tasks by name (if_exists, baseline task:)' },
    {
        action: 'codeartsperftest:cpts:getPerfTestTask',
        operations: ['ShowTask', 'ShowHistoryRunInfo', 'ListTaskCases', 'ShowMergeReportLogsOutline'],
        usedFor: 'following a run and reading its report',
    },
];
const WRITE_PERMISSIONS = [
    ['codeartsperftest:cpts:createPerfTestTask', 'the create action, CreateNewTask'],
    ['codeartsperftest:cpts:executePerfTestTask', 'starting and stopping a run, BatchUpdateTaskStatus'],
    ['codeartsperftest:cpts:updatePerfTestTask', 'the old-edition start, UpdateTaskStatus, when the first is refused'],
    ['codeartsperftest:cpts:updatePerfTestProject', 'variables and preflight, UpdateVariable and DebugCase'],
    ['codeartsperftest:cpts:createPerfTestProject', 'create_variables, CreateVariable'],
];

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/common/results-dir.ts
// Where an action writes its files (results_dir): action.yml's default is
// ${{ runner.temp }}/codearts-perftest, which only the runner evaluates, so an empty input means the
// same here.


const resultsDirOf = (text, env) => text || (0,external_node_path_namespaceObject.join)(env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'codearts-perftest');

// EXTERNAL MODULE: ./src/cpts/types.ts
var types = __nccwpck_require__(759);
;// CONCATENATED MODULE: ./src/common/validate.ts
// Pure validators: each takes an input's name and text and returns a typed value or throws an
// InputError that names the input, quotes the value (never a secret) and says what is expected.



const MAX_NAME_LENGTH = 42;
function parseId(input, text, what) {
    if (!/^\d+$/.test(text) || Number(text) > types/* MAX_ID */.rc) {
        throw new errors_InputError(input, `${errors_describeSource(input)} must be ${what}: an integer from 0 to ${types/* MAX_ID */.rc}; got ${errors_quote(text)}.`);
    }
    return Number(text);
}
/** An id (digits) or a name (with at least one letter); anything else, `-1` or `1.5` say, is an error. */
function parseRef(input, text, what, inList = false) {
    const value = text.trim();
    if (/^\d+$/.test(value) && Number(value) <= types/* MAX_ID */.rc)
        return { id: Number(value) };
    if (!/\p{L}/u.test(value) || /\p{Cc}/u.test(value)) {
        throw new errors_InputError(input, inList
            ? `${errors_describeSource(input)} must list ${what} by id (an integer from 0 to ${types/* MAX_ID */.rc}) or name, separated by commas, spaces or newlines; ${errors_quote(value)} is neither.`
            : `${errors_describeSource(input)} must be ${what} id (an integer from 0 to ${types/* MAX_ID */.rc}) or name; got ${errors_quote(value)}.`);
    }
    return { name: value };
}
/**
 * Entries separated by commas or newlines; within an entry of digits and blanks only, blanks
 * separate ids too (`1 2, 3`), while other entries are names and keep their blanks. Duplicates are
 * dropped and reported.
 */
function parseRefList(input, text, what) {
    const entries = text
        .split(/[,\n]+/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '')
        .flatMap((entry) => (/^[\d\s]+$/.test(entry) ? entry.split(/\s+/) : [entry]));
    if (entries.length === 0) {
        throw new InputError(input, `${describeSource(input)} must list ${what} (ids or names) separated by commas, spaces or newlines; got ${quote(text)}.`);
    }
    const refs = [];
    const duplicates = [];
    const seen = new Set();
    for (const entry of entries) {
        const ref = parseRef(input, entry, what, true);
        const key = refText(ref);
        if (seen.has(key))
            duplicates.push(key);
        else
            refs.push(ref);
        seen.add(key);
    }
    return { refs, duplicates };
}
const TRUE = (/* unused pure expression or super */ null && (['true', 'True', 'TRUE']));
const FALSE = (/* unused pure expression or super */ null && (['false', 'False', 'FALSE']));
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts; empty gives `fallback`. */
function validate_parseBoolean(input, text, fallback) {
    if (text === '')
        return fallback;
    if (TRUE.includes(text))
        return true;
    if (FALSE.includes(text))
        return false;
    throw new InputError(input, `${describeSource(input)} must be true or false; got ${quote(text)}.`);
}
function parseRegion(input, text) {
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(text)) {
        throw new errors_InputError(input, `${errors_describeSource(input)} must be a Huawei Cloud region id such as cn-north-4 or ap-southeast-1; got ${errors_quote(text)}.`);
    }
    return text;
}
const PROJECT_ID_HELP = "It is the 32-character id of the region's IAM project: Huawei Cloud console > My Credentials > " +
    'API Credentials > Projects, the row of your region. It is not the PerfTest project id, which goes in "project".';
function parseProjectId(input, text) {
    if (!/^[0-9a-f]{32}$/.test(text)) {
        throw new errors_InputError(input, `${errors_describeSource(input)} must be 32 lower-case hex characters; got ${errors_quote(text)}. ${PROJECT_ID_HELP}`);
    }
    return text;
}
/**
 * An explicit task name: 1 to 42 UTF-16 code units (as JavaScript and Java count; the service's own
 * counting is not documented), no control or invisible formatting characters.
 */
function parseName(input, text) {
    const trimmed = text.trim();
    const length = trimmed.length;
    if (length === 0) {
        throw new InputError(input, `${describeSource(input)} is blank; give a task name of 1 to ${MAX_NAME_LENGTH} characters, or leave it out to use a generated one.`);
    }
    if (length > MAX_NAME_LENGTH) {
        throw new InputError(input, `${describeSource(input)} must be at most ${MAX_NAME_LENGTH} characters (the service's limit), counted in UTF-16 code units ` +
            `as JavaScript and Java count them: an emoji or other character beyond U+FFFF counts as 2; got ${length}: ${quote(trimmed, 60)}.`);
    }
    if (/\p{Cc}/u.test(trimmed)) {
        throw new InputError(input, `${describeSource(input)} must not contain control characters such as newlines or tabs; got ${quote(trimmed)}.`);
    }
    const invisible = [...new Set(trimmed.match(INVISIBLE))];
    if (invisible.length > 0) {
        // Named by code point: the raw character would reorder or hide text in the log line itself.
        throw new InputError(input, `${describeSource(input)} must not contain invisible formatting characters (bidi overrides, zero-width characters, line ` +
            `separators); got ${invisible.map(codePoint).join(', ')} in ${quote(trimmed)}.`);
    }
    return trimmed;
}
const ENDPOINT_EXPECTED = 'must be an https:// URL such as https://cpts.cn-north-4.myhuaweicloud.com (http:// only for localhost, 127.0.0.1 or [::1])';
/** Why a text is not a URL, without showing it: it may hold a secret. */
function notAUrl(text) {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text))
        return 'it has no scheme such as https://';
    if (/\s/.test(text))
        return 'it contains a blank';
    return 'it does not parse as a URL (check the host and port)';
}
/** A URL (without userinfo) for a message: the query and fragment may hold secrets, so they are cut. */
function shownUrl(text) {
    const bare = text.split(/[?#]/)[0];
    return bare === text ? errors_quote(text) : `${errors_quote(bare)} (query or fragment not shown)`;
}
/**
 * An endpoint origin: https://host[:port], or http:// for loopback hosts (local emulators, tests).
 * Messages never show userinfo, a query, or a value that is not a URL: any of them may hold a secret.
 */
function parseEndpoint(input, text) {
    const source = errors_describeSource(input);
    // Any "@" is refused before parsing: an origin never holds one, and whatever precedes it may be a password.
    if (text.includes('@')) {
        throw new errors_InputError(input, `${source} must not carry credentials (it holds "@", which sets off a user name and password): credentials in the URL are not allowed; ` +
            'give keys through access_key_id/secret_access_key, and the endpoint as scheme, host and port only (value not shown).');
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors_InputError(input, `${source} ${ENDPOINT_EXPECTED}; got a value that is not a URL: ${notAUrl(text)} (value not shown).`);
    }
    const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw new errors_InputError(input, `${source} ${ENDPOINT_EXPECTED}; got ${shownUrl(text)}.`);
    }
    if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
        throw new errors_InputError(input, `${source} must be the endpoint's scheme, host and optional port only, without a path or query; got ${shownUrl(text)}.`);
    }
    return { origin: url.origin, host: url.host };
}
/** An integer within bounds; empty gives `fallback`. */
function parseBoundedInt(input, text, min, max, fallback, what) {
    if (text === '')
        return fallback;
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
        throw new errors_InputError(input, `${errors_describeSource(input)} must be ${what}: an integer from ${min} to ${max}; got ${errors_quote(text)}.`);
    }
    return Number(text);
}
/** One of a fixed set of words; empty gives `fallback`. */
function parseChoice(input, text, choices, fallback) {
    if (text === '')
        return fallback;
    if (!choices.includes(text)) {
        throw new InputError(input, `${describeSource(input)} must be one of ${choices.join(', ')}; got ${quote(text)}.`);
    }
    return text;
}

;// CONCATENATED MODULE: ./src/common/connection.ts
// The settings both actions share: where to send requests (region, endpoints, region project) and
// how to sign them (keys or keyless sign-in). Pure, like the rest of the input validation.




const CONNECTION_INPUTS = inputNames(CONNECTION_DECLARATIONS);
/** The pull-request comment, which both actions can keep up to date. */
const COMMENT_INPUTS = inputNames(input_declarations_COMMENT_DECLARATIONS);
function resolveComment(raw) {
    const enabled = parseBoolean('comment_on_pr', raw.comment_on_pr, COMMENT_DECLARATIONS.comment_on_pr.default);
    if (enabled && raw.github_token === '') {
        throw new InputError('github_token', 'Input "github_token" is empty but "comment_on_pr" is true: leave it at its default, ${{ github.token }}, or give a token that may write pull requests.');
    }
    return { enabled, token: raw.github_token };
}
/** The audience asked for when oidc_audience is empty: the identity provider's client ID in IAM. */
const DEFAULT_OIDC_AUDIENCE = CONNECTION_DECLARATIONS.oidc_audience.default;
const regional = (service, region) => ({
    origin: `https://${service}.${region}.myhuaweicloud.com`,
    host: `${service}.${region}.myhuaweicloud.com`,
});
function resolveConnection(raw, env) {
    const notices = [];
    const regionSource = firstSet(raw, env, 'region');
    const region = regionSource && parseRegion(regionSource.name, regionSource.value);
    let endpoint;
    if (raw.endpoint !== '')
        endpoint = parseEndpoint('endpoint', raw.endpoint);
    else if (region)
        endpoint = regional('cpts', region);
    else {
        throw new errors_InputError('region', 'Input "region" is required (e.g. cn-north-4), unless "endpoint" is given; it may also come from HUAWEI_CLOUD_REGION or HUAWEICLOUD_SDK_REGION.');
    }
    const projectIdSource = firstSet(raw, env, 'project_id');
    const iamProjectId = projectIdSource && parseProjectId(projectIdSource.name, projectIdSource.value);
    if (!iamProjectId && !region) {
        throw new errors_InputError('project_id', `Input "project_id" is required when "region" is not given, since the lookup goes by region name. ${PROJECT_ID_HELP}`);
    }
    const auth = resolveAuth(raw, env, notices);
    let iamEndpoint;
    if (raw.iam_endpoint !== '')
        iamEndpoint = parseEndpoint('iam_endpoint', raw.iam_endpoint);
    else if (env.HUAWEICLOUD_SDK_IAM_ENDPOINT?.trim())
        iamEndpoint = parseEndpoint('HUAWEICLOUD_SDK_IAM_ENDPOINT', env.HUAWEICLOUD_SDK_IAM_ENDPOINT.trim());
    else if (region)
        iamEndpoint = regional('iam', region);
    if (!iamEndpoint && auth.kind === 'oidc') {
        throw new errors_InputError('iam_endpoint', 'Keyless sign-in needs IAM: give "region" (for https://iam.{region}.myhuaweicloud.com) or "iam_endpoint".');
    }
    const maxAttempts = parseBoundedInt('max_attempts', raw.max_attempts, 1, 20, CONNECTION_DECLARATIONS.max_attempts.default, 'the number of attempts per call');
    return { region, iamProjectId, endpoint, iamEndpoint, auth, maxAttempts, notices };
}
/** Keys from inputs or the environment, or keyless sign-in when identity_provider is given. */
function resolveAuth(raw, env, notices) {
    if (raw.identity_provider === '') {
        // action.yml gives the default whenever the input is left out, so only another value was given on purpose.
        if (raw.oidc_audience !== '' && raw.oidc_audience !== DEFAULT_OIDC_AUDIENCE) {
            notices.push('Input "oidc_audience" is only used with "identity_provider"; ignoring it.');
        }
        return { kind: 'keys', credentials: resolveCredentials(raw, env) };
    }
    const given = ['access_key_id', 'secret_access_key', 'security_token'].filter((n) => raw[n] !== '');
    if (given.length > 0) {
        throw new errors_InputError(given[0], `Give either "identity_provider" (keyless sign-in) or access keys, not both: drop ${given.map((n) => `"${n}"`).join(', ')} ` +
            'to sign in with the workflow\'s ID token, or drop "identity_provider" to use the keys.');
    }
    const inEnv = ENV_SOURCES.flatMap((s) => [s.ak, s.sk]).filter((n) => env[n]?.trim());
    if (inEnv.length > 0)
        notices.push(`Signing in keyless through identity provider "${raw.identity_provider}"; not using ${inEnv.join(', ')} from the environment.`);
    if (/[\s\p{Cc}]/u.test(raw.identity_provider)) {
        throw new errors_InputError('identity_provider', `Input "identity_provider" must be the IAM identity provider's id, without blanks; got ${JSON.stringify(raw.identity_provider)}.`);
    }
    return { kind: 'oidc', identityProvider: raw.identity_provider, audience: raw.oidc_audience || DEFAULT_OIDC_AUDIENCE };
}
/** The input when given, else the first environment variable of the same meaning that is set. */
function firstSet(raw, env, input) {
    if (raw[input] !== '')
        return { name: input, value: raw[input] };
    for (const source of ENV_SOURCES) {
        const name = source[input === 'region' ? 'region' : 'projectId'];
        const value = env[name]?.trim();
        if (value)
            return { name, value };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/doctor/inputs.ts
// The doctor action's inputs (doctor/action.yml), declared once; see src/common/input-declarations.ts.
// The connection inputs are the other actions' own, with the same environment fallbacks.

const DOCTOR_ONLY = {
    project: {
        description: 'A PerfTest project (test suite) to check, by id or by name: that it is visible, and its cases. Optional.',
    },
    task_id: {
        description: 'An existing task to check: that it exists, its PerfTest project, cases and latest run. Optional.',
    },
    task_run_id: {
        description: 'A finished run to check: that its report can be read. Optional.',
    },
    results_dir: {
        description: 'Where doctor.json is written.',
        default: '${{ runner.temp }}/codearts-perftest',
    },
};
const DOCTOR_DECLARATIONS = { ...DOCTOR_ONLY, ...CONNECTION_DECLARATIONS };

;// CONCATENATED MODULE: ./src/doctor/config.ts
// The doctor's settings, validated like the other actions': pure, one clear error per input.





const DOCTOR_INPUTS = inputNames(DOCTOR_DECLARATIONS);
function resolveDoctorConfig(raw, env) {
    return {
        ...resolveConnection(raw, env),
        testSuite: raw.project === '' ? undefined : parseRef('project', raw.project, 'a CodeArts PerfTest project'),
        taskId: raw.task_id === '' ? undefined : parseId('task_id', raw.task_id, 'a CodeArts PerfTest task id'),
        taskRunId: raw.task_run_id === '' ? undefined : parseId('task_run_id', raw.task_run_id, 'a CodeArts PerfTest task run id'),
        resultsDir: resultsDirOf(raw.results_dir, env),
    };
}

;// CONCATENATED MODULE: ./src/common/markdown.ts
// Markdown for the summaries and the comment: numbers as the summary shows them, and user
// text (names, messages, values) made inert: nothing in it renders as Markdown or HTML, reorders
// the line or mentions anyone.

const format = (n) => n === undefined ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const unit = (n, suffix) => (n === undefined ? 'n/a' : `${format(n)}${suffix}`);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** A full stop, unless the text ends with one (or another mark) already. */
const fullStop = (text) => (/[.!?]$/.test(text) ? text : `${text}.`);
/** User text on one line, with characters that would reorder or hide it (bidi overrides, controls) shown as code points. */
const visible = (text) => text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\p{Cc}/gu, errors_codePoint)
    .replace(errors_INVISIBLE, errors_codePoint);
/**
 * Inline code for user text (a name, a rule naming one): nothing in it renders as Markdown or HTML, nor
 * mentions anyone. The fence is longer than any run of backticks inside; `|` escaped in a table cell.
 */
function code(text, cell = true) {
    const flat = visible(text);
    if (flat === '')
        return '—';
    // In a cell GitHub reads `\|` as `\` and an escaped pipe, others as `\\` and the cell's end: escaped text reads alike in both.
    if (cell && flat.includes('\\|'))
        return escaped(flat);
    const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)) + 1);
    // A space each side keeps a backtick at an end from joining the fence; CommonMark strips one from each side.
    const pad = /^`|`$|^ .* $/.test(flat) ? ' ' : '';
    return `${fence}${pad}${cell ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
}
/** A name as a message quotes it (common/errors.ts' quote: a JSON string). */
const QUOTED = /("(?:[^"\\]|\\.)*")/;
/**
 * A message holding user text (a verdict's note): the names it quotes as inline code, the rest with
 * its Markdown and HTML characters escaped; `cell`: in a table cell.
 */
function prose(text, cell = true) {
    return text
        .split(QUOTED)
        .map((part, i) => (i % 2 === 1 ? code(part, cell) : escaped(visible(part))))
        .join('');
}
/** Text with every character escaped that Markdown or HTML would read as markup. */
const escaped = (text) => text.replace(/[\\`*_[\]<>|~&]/g, '\\$&');

;// CONCATENATED MODULE: ./src/common/sign-in.ts
async function signIn(runner, config, iam, run, durationSeconds) {
    const { auth } = config;
    if (auth.kind === 'keys') {
        runner.info(`Using access keys from ${auth.credentials.source}.`);
        return auth.credentials.key;
    }
    // resolveConnection demands an IAM endpoint for keyless sign-in; loaded only then.
    if (!iam)
        throw new Error('Keyless sign-in needs IAM: give "region" or "iam_endpoint".');
    const { signInWithIdToken } = await __nccwpck_require__.e(/* import() */ 71).then(__nccwpck_require__.bind(__nccwpck_require__, 71));
    return signInWithIdToken({
        identityProvider: auth.identityProvider,
        audience: auth.audience,
        iam,
        getIdToken: (audience) => runner.getIdToken(audience),
        mask: (secret) => runner.setSecret(secret),
        hasIdTokenService: run.hasIdTokenService,
        fromFork: run.fromFork,
        durationSeconds,
    });
}
/** When exported temporary keys expire (ISO 8601): the run step warns when they would not outlast its wait. */
const KEYS_EXPIRE_AT = 'HUAWEI_CLOUD_SECURITY_TOKEN_EXPIRES_AT';
/** Hands the temporary keys to later steps under huaweicloud/auth-action's names (already masked). */
function exportCredentials(runner, key, region, iamProjectId) {
    runner.exportVariable('HUAWEI_CLOUD_ACCESS_KEY_ID', key.accessKeyId);
    runner.exportVariable('HUAWEI_CLOUD_SECRET_ACCESS_KEY', key.secretAccessKey);
    if (key.securityToken)
        runner.exportVariable('HUAWEI_CLOUD_SECURITY_TOKEN', key.securityToken);
    if (key.expiresAt)
        runner.exportVariable(KEYS_EXPIRE_AT, key.expiresAt);
    if (region)
        runner.exportVariable('HUAWEI_CLOUD_REGION', region);
    runner.exportVariable('HUAWEI_CLOUD_PROJECT_ID', iamProjectId);
    runner.info('Exported the temporary keys to later steps as HUAWEI_CLOUD_ACCESS_KEY_ID, HUAWEI_CLOUD_SECRET_ACCESS_KEY and HUAWEI_CLOUD_SECURITY_TOKEN' +
        (key.expiresAt ? `, valid until ${key.expiresAt} (${KEYS_EXPIRE_AT}).` : '.'));
}

;// CONCATENATED MODULE: ./src/common/version.ts
// Kept equal to package.json's version by a test; sent in the User-Agent.
const VERSION = '0.1.0';
const USER_AGENT = `codearts-perftest-action/${VERSION}`;

// EXTERNAL MODULE: ./src/huawei/http.ts + 2 modules
var http = __nccwpck_require__(769);
// EXTERNAL MODULE: ./src/huawei/retry.ts
var huawei_retry = __nccwpck_require__(207);
// EXTERNAL MODULE: ./src/cpts/parse.ts
var cpts_parse = __nccwpck_require__(729);
;// CONCATENATED MODULE: ./src/cpts/client.ts
// Typed CodeArts PerfTest operations, each one request through one path: sign, send, read (parse.ts),
// retried under the client's own settings unless the client is a single-attempt one.




class CptsClient {
    endpoint;
    key;
    iamProjectId;
    http;
    retry;
    singleAttemptDeadline;
    constructor(endpoint, key, 
    /** The region's IAM project id: the `{project_id}` of every path. */
    iamProjectId, http, 
    /** How every call is retried; its clock and log serve the callers too. */
    retry, 
    /** Set on a single-attempt client: each call is sent once, and must be answered by then. */
    singleAttemptDeadline) {
        this.endpoint = endpoint;
        this.key = key;
        this.iamProjectId = iamProjectId;
        this.http = http;
        this.retry = retry;
        this.singleAttemptDeadline = singleAttemptDeadline;
    }
    /** The same client, retrying under other settings (another deadline or bound). */
    withRetry(retry) {
        return new CptsClient(this.endpoint, this.key, this.iamProjectId, this.http, retry);
    }
    /** The same client sending each call once, by `deadline`: for a caller whose own loop retries. */
    singleAttempt(deadline) {
        return new CptsClient(this.endpoint, this.key, this.iamProjectId, this.http, this.retry, deadline);
    }
    createNewTask(body, options = {}) {
        return this.request('CreateNewTask', 'POST', `/v3/${this.iamProjectId}/tasks`, createdTask, { ...options, body });
    }
    /** One page of ShowTaskSet: the tasks of a PerfTest project, newest first. */
    showTaskSet(testSuiteId, offset, limit) {
        const path = `/v1/${this.iamProjectId}/all-tasks/${testSuiteId}`;
        return this.request('ShowTaskSet', 'GET', path, (json) => (0,cpts_parse/* parseNamedList */.lw)(json, 'tasks'), { query: pageQuery(offset, limit) });
    }
    /** One page of ListProjectSets: the PerfTest projects. */
    listProjectSets(offset, limit) {
        const path = `/v1/${this.iamProjectId}/test-suites`;
        return this.request('ListProjectSets', 'GET', path, (json) => (0,cpts_parse/* parseNamedList */.lw)(json, 'projects'), { query: pageQuery(offset, limit) });
    }
    /** ListProjectTestCase: the folders and cases of a PerfTest project. */
    listProjectTestCase(testSuiteId) {
        return this.request('ListProjectTestCase', 'GET', `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/directory`, cpts_parse/* parseDirectory */.Bp);
    }
    /** ListTaskCases: the ids of the cases attached to a task. */
    listTaskCases(testSuiteId, taskId) {
        const path = `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/tasks/${taskId}/test-cases`;
        return this.request('ListTaskCases', 'GET', path, cpts_parse/* parseTaskCaseIds */.nb);
    }
    /** UpdateTaskStatus: start or stop a run of a task; the run's id. */
    updateTaskStatus(testSuiteId, taskId, body, options = {}) {
        const path = `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/tasks/${taskId}`;
        return this.request('UpdateTaskStatus', 'POST', path, cpts_parse/* parseStartedRunId */.xJ, { ...options, body });
    }
    /** BatchUpdateTaskStatus: start or stop a run of one new-edition task; the run's id. */
    batchUpdateTaskStatus(body, options = {}) {
        const path = `/v1/${this.iamProjectId}/test-suites/${body.project_id}/tasks/batch-update-task-status`;
        return this.request('BatchUpdateTaskStatus', 'POST', path, (json) => (0,cpts_parse/* parseBatchRunId */.YV)(json, body.task_id_list[0]), { ...options, body });
    }
    /** ShowTask: the task's run_status and its latest run. */
    showTask(taskId) {
        return this.request('ShowTask', 'GET', `/v1/${this.iamProjectId}/tasks/${taskId}`, cpts_parse/* parseTaskState */.SR);
    }
    /** ShowHistoryRunInfo: every run of a task. */
    showHistoryRunInfo(taskId) {
        return this.request('ShowHistoryRunInfo', 'GET', `/v1/${this.iamProjectId}/tasks/history-run-list/${taskId}`, cpts_parse/* parseHistory */.i6);
    }
    /** ShowMergeReportLogsOutline: the headline figures of a run. */
    showMergeReportLogsOutline(taskRunId) {
        const path = `/v2/${this.iamProjectId}/task-run-infos/${taskRunId}/reports/log-outline`;
        return this.request('ShowMergeReportLogsOutline', 'GET', path, cpts_parse/* parseOutline */._3);
    }
    /** ShowMergeTaskCase: the cases of a run, with their requests and transactions. */
    async showMergeTaskCase(taskRunId) {
        const { parseTaskCases } = await __nccwpck_require__.e(/* import() */ 949).then(__nccwpck_require__.bind(__nccwpck_require__, 949));
        return this.request('ShowMergeTaskCase', 'GET', `/v2/${this.iamProjectId}/task-run-infos/${taskRunId}/cases`, parseTaskCases);
    }
    /** ShowMergeCaseDetail: the figures of one case of a run, its requests and its transactions. */
    async showMergeCaseDetail(taskRunId, caseRunId) {
        const path = `/v2/${this.iamProjectId}/task-run-infos/${taskRunId}/case-run-infos/${segment('ShowMergeCaseDetail', caseRunId)}/detail`;
        const { parseCaseDetail } = await __nccwpck_require__.e(/* import() */ 949).then(__nccwpck_require__.bind(__nccwpck_require__, 949));
        return this.request('ShowMergeCaseDetail', 'GET', path, parseCaseDetail);
    }
    /** ListVariables: the PerfTest project's global variables of one type. */
    async listVariables(testSuiteId, variableType) {
        const { parseVariableList } = await __nccwpck_require__.e(/* import() */ 330).then(__nccwpck_require__.bind(__nccwpck_require__, 330));
        const path = `/v1/${this.iamProjectId}/variables/${variableType}/test-suites/${testSuiteId}`;
        return this.request('ListVariables', 'GET', path, (json) => parseVariableList(json, variableType));
    }
    /** UpdateVariable: sets the listed variables' names, types and values; the variable_id answered, if any. */
    async updateVariable(testSuiteId, body, options = {}) {
        const { parseVariableId } = await __nccwpck_require__.e(/* import() */ 330).then(__nccwpck_require__.bind(__nccwpck_require__, 330));
        return this.request('UpdateVariable', 'PUT', `/v1/${this.iamProjectId}/variables/${testSuiteId}`, parseVariableId, {
            ...options,
            body,
        });
    }
    /** CreateVariable: adds the listed variables; the variable_id answered (the first one's), if any. */
    async createVariable(testSuiteId, body, options = {}) {
        const { parseVariableId } = await __nccwpck_require__.e(/* import() */ 330).then(__nccwpck_require__.bind(__nccwpck_require__, 330));
        return this.request('CreateVariable', 'POST', `/v1/${this.iamProjectId}/variables/${testSuiteId}`, parseVariableId, {
            ...options,
            body,
        });
    }
    /** DeleteVariable: removes one global variable; the answer has no fields. */
    deleteVariable(testSuiteId, variableId, options = {}) {
        const query = [
            ['variable_id', String(variableId)],
            ['test_suite_id', String(testSuiteId)],
        ];
        return this.request('DeleteVariable', 'DELETE', `/v1/${this.iamProjectId}/variables`, () => true, { ...options, query });
    }
    /** DebugCase: runs one case of a task once, request by request, outside any run; each request's outcome. */
    async debugCase(testSuiteId, taskId, caseId, body) {
        const { parseDebugResults } = await __nccwpck_require__.e(/* import() */ 330).then(__nccwpck_require__.bind(__nccwpck_require__, 330));
        const path = `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/tasks/${taskId}/cases/${caseId}/debug`;
        return this.request('DebugCase', 'POST', path, parseDebugResults, { body });
    }
    /** One operation: sent and read, retried (with `recover`) or, on a single-attempt client, sent once. */
    request(operation, method, path, parse, parts = {}) {
        const attempt = async (timeoutMs) => {
            parts.beforeSend?.();
            const request = { operation, method, path, query: parts.query, projectId: this.iamProjectId, body: parts.body };
            return read(operation, await (0,http/* send */.t)(this.endpoint, this.key, request, { ...this.http, timeoutMs }), parse);
        };
        const { requestTimeoutMs = huawei_retry/* REQUEST_TIMEOUT_MS */.j2, timing } = this.retry;
        if (this.singleAttemptDeadline !== undefined)
            return attempt(Math.min(requestTimeoutMs, this.singleAttemptDeadline - timing.now()));
        return (0,huawei_retry/* withRetries */.LH)({ ...this.retry, operation, recover: parts.recover }, attempt);
    }
}
const pageQuery = (offset, limit) => [
    ['offset', String(offset)],
    ['limit', String(limit)],
];
/**
 * Why `value` cannot be one segment of a path, if it cannot: paths are given decoded and the signer
 * percent-encodes each segment between slashes, so a slash would split it and a dot segment be resolved.
 */
function pathSegmentProblem(value) {
    if (value === '')
        return 'is empty';
    if (value.includes('/'))
        return 'has a "/" in it';
    if (value === '.' || value === '..')
        return 'is a dot segment';
    return undefined;
}
/** `value` as a path segment, or an error saying why the call was not sent. */
function segment(operation, value) {
    const problem = pathSegmentProblem(value);
    if (problem)
        throw new Error(`${operation} was not sent: the id ${JSON.stringify(value)} ${problem}, which a path segment cannot.`);
    return value;
}
const createdTask = (json, response) => ({ task_id: (0,cpts_parse/* parseCreatedTaskId */._m)(json), requestId: response.requestId });
/** The parsed answer, or an ApiError quoting the body that lacked what was needed. */
function read(operation, response, parse) {
    try {
        return parse(response.json, response);
    }
    catch (error) {
        if (!(error instanceof cpts_parse/* Malformed */.sG))
            throw error;
        throw api_error/* ApiError */.hD.malformed(operation, response, error.expected);
    }
}

;// CONCATENATED MODULE: ./src/cpts/pages.ts
// Reading every page of a paged list (offset/limit); each page is one call, retried by the client.
// The service promises no page size: the offset moves by what was received, and an empty page ends it.
/** What each page asks for; the service may give fewer. */
const PAGE = 100;
async function allPages(page) {
    const all = [];
    const seen = new Set();
    for (let offset = 0;;) {
        const items = await page(offset, PAGE);
        const fresh = items.filter((item) => !seen.has(item.id));
        fresh.forEach((item) => seen.add(item.id));
        all.push(...fresh);
        // An empty page is the end; a page of nothing new means the service ignores the offset.
        if (items.length === 0 || fresh.length === 0)
            return all;
        offset += items.length;
    }
}

;// CONCATENATED MODULE: ./src/cpts/refs.ts
// How a user names things: by id or by name, as the console shows them; and lists of them in messages.
const refs_refText = (ref) => ('id' in ref ? String(ref.id) : `"${ref.name}"`);
/** Items for a message, at most `max` of them, then how many more: a long list stays one short line. */
function listSome(items, max = 10) {
    return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}

;// CONCATENATED MODULE: ./src/github/context.ts
// The workflow run's context, read the way the runner provides it (environment and event file).
// Hand-written rather than `@actions/github`'s `context`: that module's only entry point also loads
// Octokit, which adds about 220 kB and 15 ms to every start of the create path for five values.

function readRunContext(env = process.env) {
    const pullRequest = readPullRequest(env.GITHUB_EVENT_PATH);
    return {
        repository: env.GITHUB_REPOSITORY,
        pullRequestNumber: typeof pullRequest?.number === 'number' && Number.isInteger(pullRequest.number) ? pullRequest.number : undefined,
        fromFork: Boolean(pullRequest &&
            (pullRequest.head?.repo?.fork === true || (pullRequest.head?.repo?.full_name ?? env.GITHUB_REPOSITORY) !== env.GITHUB_REPOSITORY)),
        hasIdTokenService: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
        sha: env.GITHUB_SHA,
        runId: integer(env.GITHUB_RUN_ID),
        runAttempt: integer(env.GITHUB_RUN_ATTEMPT),
        job: env.GITHUB_JOB,
    };
}
function readPullRequest(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8')).pull_request;
    }
    catch {
        return undefined; // no readable event file: name the task after the commit instead
    }
}
function integer(text) {
    return text && /^\d+$/.test(text) ? Number(text) : undefined;
}

;// CONCATENATED MODULE: ./src/doctor/probe.ts












/** The doctor's bound on all its network work. */
const DOCTOR_TIMEOUT_MS = 120_000;
/** CodeArts PerfTest's answer for a task, project or run that does not exist or is not the caller's. */
const NOT_YOURS = 'SVCSTG.CPTS.4032002';
/** A refusal by an identity policy: a 403 other than "does not exist or is not yours". */
const isDenial = (error) => error instanceof api_error/* ApiError */.hD && error.status === 403 && error.code !== NOT_YOURS;
/** `3 cases`, or `unknown cases` when the count could not be had. */
const counted = (n, word) => (n === undefined ? `unknown ${word}s` : plural(n, word));
const statusWord = (status) => Object.entries(types/* RUN_STATUS */.$H).find(([, v]) => v === status)?.[0] ?? `status ${status}`;
class Probe {
    runner;
    checks = [];
    calls = new Map();
    constructor(runner) {
        this.runner = runner;
    }
    add(check) {
        this.checks.push(check);
        const line = `${check.title}: ${check.detail}${check.advice ? ` ${check.advice}` : ''}`;
        if (check.outcome === 'fail')
            this.runner.error(`❌ ${line}`);
        else if (check.outcome === 'warn')
            this.runner.warning(`⚠️ ${line}`);
        else
            this.runner.info(`${check.outcome === 'ok' ? '✅' : '➖'} ${line}`);
    }
    /** Runs a read, noting its outcome for the permission checks; the value, or the error. */
    async read(operation, call) {
        try {
            const value = await call();
            if (!this.calls.has(operation))
                this.calls.set(operation, { ok: true });
            return { value };
        }
        catch (error) {
            if (!this.calls.has(operation))
                this.calls.set(operation, { ok: false, error });
            return { error };
        }
    }
    /** The checks not made because an earlier one failed. */
    skipRest(ids, why) {
        for (const [id, title] of ids)
            this.add({ id, title, outcome: 'skip', detail: `not checked: ${why}.` });
    }
}
const LATER = [
    ['signature', 'Signature'],
    ['perftest-project', 'PerfTest project'],
    ['task', 'Task'],
    ['run', 'Run'],
];
/** Every check, in order; the answers go to `watch` (HttpOptions.onAnswer). */
async function examine(runner, config, watch) {
    const probe = new Probe(runner);
    const retry = (0,huawei_retry/* retrySettings */.wP)(config.maxAttempts, Date.now() + DOCTOR_TIMEOUT_MS, runner, "the doctor's 2 minutes");
    const http = { userAgent: USER_AGENT, log: retry.log, onAnswer: watch.onAnswer };
    const iamModule = config.auth.kind === 'oidc' || config.iamProjectId === undefined ? await __nccwpck_require__.e(/* import() */ 828).then(__nccwpck_require__.bind(__nccwpck_require__, 828)) : undefined;
    const iam = iamModule && config.iamEndpoint && new iamModule.IamClient(config.iamEndpoint, http, retry);
    let key;
    try {
        key = await signIn(runner, config, iam, readRunContext(runner.env));
        probe.add(credentialsCheck(config, key));
    }
    catch (error) {
        probe.add({
            id: 'credentials',
            title: 'Credentials',
            outcome: 'fail',
            detail: `keyless sign-in failed: ${(0,api_error/* errorMessage */.gJ)(error)}`,
            advice: 'Check the identity provider, the job\'s "permissions: id-token: write" and the mapping rules.',
            anchor: 'doctor-credentials',
            facts: { auth: 'keyless' },
        });
        probe.skipRest([['region-project', 'Region project'], ...LATER], 'no keys to sign with');
        return probe.checks;
    }
    let iamProjectId = config.iamProjectId;
    if (iamProjectId !== undefined) {
        probe.add({
            id: 'region-project',
            title: 'Region project',
            outcome: 'ok',
            detail: `${iamProjectId}, as given.`,
            facts: { route: 'given' },
        });
    }
    else {
        try {
            const found = await iamModule.findRegionProject(iam, key, config.region);
            iamProjectId = found.id;
            probe.add({
                id: 'region-project',
                title: 'Region project',
                outcome: 'ok',
                detail: `${config.region} -> ${found.id}, found with GET ${found.route}.`,
                facts: { route: found.route },
            });
        }
        catch (error) {
            probe.add({
                id: 'region-project',
                title: 'Region project',
                outcome: 'fail',
                detail: `the IAM project of region ${config.region} was not found: ${(0,api_error/* errorMessage */.gJ)(error)}`,
                advice: 'Check "region" (e.g. cn-north-4), or give "project_id" (console > My Credentials > API Credentials > Projects).',
                anchor: 'doctor-region-project',
            });
            probe.skipRest(LATER, 'no region project');
            return probe.checks;
        }
    }
    const client = new CptsClient(config.endpoint, key, iamProjectId, http, retry);
    const projects = await probe.read('ListProjectSets', () => allPages((offset, limit) => client.listProjectSets(offset, limit)));
    if (!signatureCheck(probe, config, 'error' in projects ? projects.error : undefined)) {
        probe.skipRest(LATER.slice(1), 'the signature was refused');
        return probe.checks;
    }
    const testSuiteId = await projectCheck(probe, config, client, 'value' in projects ? projects.value : undefined);
    await taskCheck(probe, config, client, testSuiteId);
    await runCheck(probe, config, client);
    permissionChecks(probe);
    return probe.checks;
}
function credentialsCheck(config, key) {
    if (config.auth.kind === 'oidc') {
        return {
            id: 'credentials',
            title: 'Credentials',
            outcome: 'ok',
            detail: `temporary keys from identity provider ${config.auth.identityProvider} (keyless)${key.expiresAt ? `, valid until ${key.expiresAt}` : ''}; masked.`,
            facts: { auth: 'keyless' },
        };
    }
    const temporary = Boolean(config.auth.credentials.key.securityToken);
    return {
        id: 'credentials',
        title: 'Credentials',
        outcome: 'ok',
        detail: `${temporary ? 'temporary access keys (with a security token)' : 'access keys'} from ${config.auth.credentials.source}; the secret is masked.`,
        facts: { auth: temporary ? 'temporary keys' : 'keys' },
    };
}
/** The first signed CodeArts PerfTest call tells whether the signature is accepted; false when it is not. */
function signatureCheck(probe, config, error) {
    const base = { id: 'signature', title: 'Signature', anchor: 'doctor-signature' };
    if (error === undefined || isDenial(error)) {
        probe.add({
            ...base,
            outcome: 'ok',
            detail: `accepted by ${config.endpoint.origin}${error ? ' (the call itself was refused by a policy: see the permissions)' : ''}.`,
        });
        return true;
    }
    const refused = error instanceof api_error/* ApiError */.hD && error.status === 401;
    probe.add({
        ...base,
        outcome: 'fail',
        detail: `${refused ? 'refused' : 'not proved: the first call failed'}: ${(0,api_error/* errorMessage */.gJ)(error)}`,
        advice: refused
            ? "Check that the SK belongs to the AK (and the security token to temporary keys), and that the runner's clock is right."
            : 'Check "endpoint" and "region", and that the runner can reach the endpoint.',
        facts: { status: error instanceof api_error/* ApiError */.hD ? error.status : 'no answer' },
    });
    return false;
}
/** The PerfTest project given (or the first visible, for the permission checks): its id, if any. */
async function projectCheck(probe, config, client, projects) {
    const base = { id: 'perftest-project', title: 'PerfTest project', anchor: 'doctor-perftest-project' };
    let project;
    if (config.testSuite !== undefined) {
        const ref = config.testSuite;
        const matches = projects?.filter((p) => ('id' in ref ? p.id === ref.id : p.name === ref.name)) ?? [];
        if (projects && matches.length !== 1) {
            const named = 'id' in ref ? String(ref.id) : `"${ref.name}"`;
            probe.add({
                ...base,
                outcome: 'fail',
                detail: matches.length === 0
                    ? `${named} is not among the ${projects.length} PerfTest projects these keys see${projects.length ? ` (${listSome(projects.map((p) => `"${p.name}" (${p.id})`))})` : ''}.`
                    : `${matches.length} PerfTest projects are named ${named}.`,
                advice: 'Give "project" as the console shows it (id or name), in this region; check that the keys\' user may see it.',
                facts: { visible: projects.length },
            });
            return undefined;
        }
        project = matches[0] ?? ('id' in ref ? { id: ref.id, name: `project ${ref.id}` } : undefined);
    }
    else
        project = projects?.[0];
    if (!project) {
        probe.add({
            ...base,
            outcome: projects ? 'warn' : 'skip',
            detail: projects ? 'these keys see no PerfTest project in this region.' : 'not checked: the projects could not be listed.',
            advice: projects ? 'Create one in the console, or check the region.' : undefined,
            facts: { visible: projects?.length ?? 0 },
        });
        return undefined;
    }
    const directory = await probe.read('ListProjectTestCase', () => client.listProjectTestCase(project.id));
    const variables = await probe.read('ListVariables', () => client.listVariables(project.id, types/* VARIABLE_TYPE */.oY.enumeration));
    await probe.read('ShowTaskSet', () => client.showTaskSet(project.id, 0, 10));
    if ('error' in directory) {
        probe.add({
            ...base,
            outcome: 'fail',
            detail: `"${project.name}" (${project.id}): its cases could not be read: ${(0,api_error/* errorMessage */.gJ)(directory.error)}`,
            advice: 'See the permissions below.',
        });
        return project.id;
    }
    const cases = directory.value.filter((e) => e.type === types/* DIRECTORY_ENTRY */.Fp.case && e.status !== types/* CASE_STATUS */.yo.deleted);
    const enabled = cases.filter((c) => c.status === types/* CASE_STATUS */.yo.enabled).length;
    const given = config.testSuite !== undefined;
    const enumerations = 'value' in variables ? `, ${variables.value.length} enumeration variables` : '';
    probe.add({
        ...base,
        outcome: given && enabled === 0 ? 'warn' : 'ok',
        detail: `${given ? '' : `none given; ${projects.length} visible, the first checked: `}"${project.name}" (${project.id}): ` +
            `${cases.length} cases, ${enabled} enabled${enumerations}.`,
        advice: given && enabled === 0 ? 'A task needs enabled cases: enable or add some in the console.' : undefined,
        facts: { visible: projects?.length ?? 0, cases: cases.length, enabledCases: enabled, given },
    });
    return project.id;
}
async function taskCheck(probe, config, client, testSuiteId) {
    const base = { id: 'task', title: 'Task', anchor: 'doctor-task' };
    if (config.taskId === undefined) {
        probe.add({ ...base, outcome: 'skip', detail: 'not checked: no task_id given.' });
        return;
    }
    const taskId = config.taskId;
    const task = await probe.read('ShowTask', () => client.showTask(taskId));
    if ('error' in task) {
        const missing = task.error instanceof api_error/* ApiError */.hD && task.error.code === NOT_YOURS;
        probe.add({
            ...base,
            outcome: 'fail',
            detail: missing ? `task ${taskId} does not exist, or is not these keys' (${(0,api_error/* errorMessage */.gJ)(task.error)})` : (0,api_error/* errorMessage */.gJ)(task.error),
            advice: missing ? 'Check task_id and the region; a task belongs to one region project.' : 'See the permissions below.',
        });
        return;
    }
    const own = task.value.testSuiteId;
    if (config.testSuite !== undefined && testSuiteId !== undefined && own !== undefined && own !== testSuiteId) {
        probe.add({
            ...base,
            outcome: 'fail',
            detail: `task ${taskId} belongs to PerfTest project ${own}, not ${testSuiteId}.`,
            advice: 'Give the task\'s own project, or leave "project" out.',
        });
        return;
    }
    const suite = own ?? testSuiteId;
    const history = await probe.read('ShowHistoryRunInfo', () => client.showHistoryRunInfo(taskId));
    const caseIds = suite === undefined ? undefined : await probe.read('ListTaskCases', () => client.listTaskCases(suite, taskId));
    const count = caseIds && 'value' in caseIds ? caseIds.value.length : undefined;
    const runs = 'value' in history ? history.value.length : undefined;
    const latest = task.value.latestRunId;
    probe.add({
        ...base,
        outcome: count === 0 ? 'warn' : 'ok',
        detail: `task ${taskId} in PerfTest project ${suite ?? '(not named by ShowTask)'}: ${counted(count, 'case')}, ${counted(runs, 'run')}` +
            `${latest !== undefined ? `, latest run ${latest} (${statusWord(task.value.run_status)})` : ''}. ` +
            'Its edition is not shown by ShowTask: the run action starts it with BatchUpdateTaskStatus (new edition) and falls back to UpdateTaskStatus.',
        advice: count === 0 ? 'A task without cases runs nothing: attach cases in the console, or create it with the create action.' : undefined,
        facts: { cases: count ?? 'unknown', runs: runs ?? 'unknown', runStatus: task.value.run_status, projectNamed: own !== undefined },
    });
}
async function runCheck(probe, config, client) {
    const base = { id: 'run', title: 'Run', anchor: 'doctor-run' };
    if (config.taskRunId === undefined) {
        probe.add({ ...base, outcome: 'skip', detail: 'not checked: no task_run_id given.' });
        return;
    }
    const runId = config.taskRunId;
    const outline = await probe.read('ShowMergeReportLogsOutline', () => client.showMergeReportLogsOutline(runId));
    if ('error' in outline) {
        probe.add({
            ...base,
            outcome: 'fail',
            detail: `run ${runId} has no readable report: ${(0,api_error/* errorMessage */.gJ)(outline.error)}`,
            advice: "Check task_run_id (the run action's output) and the region; see the permissions below.",
        });
        return;
    }
    const core = outline.value.core_index ?? {};
    const requests = typeof core.request_count === 'number' ? core.request_count : undefined;
    const taskStatus = outline.value.task_basic_execution_data?.task_status;
    probe.add({
        ...base,
        outcome: 'ok',
        detail: `run ${runId}: the report is readable (${requests ?? 'no'} requests, task_status ${taskStatus ?? 'not given'}).`,
        facts: { hasRequestCount: requests !== undefined, taskStatus: taskStatus ?? 'none' },
    });
}
/** One row per read permission: proved by a call that succeeded, missing on a policy's refusal, or not tried. */
function permissionChecks(probe) {
    for (const { action, operations, usedFor } of READ_PERMISSIONS) {
        const tried = operations.filter((op) => probe.calls.has(op));
        const denied = tried.find((op) => {
            const call = probe.calls.get(op);
            return !call.ok && isDenial(call.error);
        });
        const proved = tried.filter((op) => probe.calls.get(op).ok);
        const base = { id: 'permission', title: `Permission ${action}`, anchor: 'doctor-permissions', facts: { action } };
        if (denied) {
            const call = probe.calls.get(denied);
            probe.add({
                ...base,
                outcome: 'fail',
                detail: `missing: ${denied} was refused: ${(0,api_error/* errorMessage */.gJ)(call.error)}`,
                advice: `Add ${action} to the keys' identity policy (docs/security.md, "A least-privilege policy"); it is needed for ${usedFor}.`,
                facts: { action, operation: denied, held: false },
            });
        }
        else if (proved.length > 0) {
            probe.add({ ...base, outcome: 'ok', detail: `held (${proved.join(', ')} answered).`, facts: { action, held: true } });
        }
        else if (tried.length > 0) {
            probe.add({ ...base, outcome: 'skip', detail: `not proved: ${tried.join(', ')} failed for another reason (see above).` });
        }
        else {
            probe.add({
                ...base,
                outcome: 'skip',
                detail: `not checked: nothing to try it on (${operations.join(', ')}); give project, task_id or task_run_id.`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/doctor/report.ts
// What the doctor leaves: the job summary (every check with what to do, the answers that did not fit
// the contract, the permissions it could not check) and doctor.json, the file a user attaches to an
// issue: answers reduced to their shapes, checks reduced to their facts, no id, name, URL or secret.





/**
 * Where docs/troubleshooting.md is: in the action's own repository at the ref the workflow uses
 * (GITHUB_ACTION_REPOSITORY, GITHUB_ACTION_REF), or as a relative path when the runner names none.
 */
function troubleshootingUrl(env) {
    const repository = env.GITHUB_ACTION_REPOSITORY;
    if (!repository)
        return 'docs/troubleshooting.md';
    return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${repository}/blob/${env.GITHUB_ACTION_REF || 'main'}/docs/troubleshooting.md`;
}
const TITLE = { ok: 'ok ✅', warnings: 'ok, with warnings ⚠️', failed: 'found problems ❌' };
/** Table cell text: one line, no pipes or markup that would break the row. */
const cell = (text) => escaped(visible(text));
function renderDoctorSummary(status, checks, deviations, reportFile, help) {
    const lines = [`### CodeArts PerfTest doctor: ${TITLE[status]}`, '', 'Read-only: nothing was created, started, changed or deleted.', ''];
    lines.push('| | Check | Found | What to do |', '|---|---|---|---|');
    for (const c of checks) {
        const todo = c.advice ? `${cell(c.advice)}${c.anchor ? ` ([how](${help}#${c.anchor}))` : ''}` : '';
        lines.push(`| ${MARK[c.outcome]} | ${cell(c.title)} | ${cell(c.detail)} | ${todo} |`);
    }
    lines.push('');
    if (deviations.length > 0) {
        lines.push(`#### Answers that do not fit the API contract (${deviations.length})`, '', "The actions went on regardless; each is a difference between the live service and Huawei's published definitions. " +
            'Attach doctor.json to an issue so that the contract notes and the emulator can follow the service.', '', '| Operation | Field | Problem |', '|---|---|---|', ...deviations.slice(0, 100).map((d) => `| ${d.operation} | \`${d.path || '(the answer)'}\` | ${cell(d.problem)} |`), '');
    }
    lines.push('Not checked, since checking them would mean writing:', '', ...WRITE_PERMISSIONS.map(([action, usedFor]) => `- \`${action}\`: ${usedFor}`), '');
    if (reportFile)
        lines.push(`\`doctor.json\` (shapes of the answers, no ids, names or secrets: safe to attach to an issue): \`${reportFile}\``, '');
    return lines.join('\n');
}
function doctorFile(status, checks, deviations, samples, site) {
    return {
        schema: 1,
        tool: 'codearts-perftest-action doctor',
        version: VERSION,
        status,
        site,
        checks: checks.map((c) => ({ id: c.id, outcome: c.outcome, ...c.facts })),
        deviations,
        samples,
    };
}
/** Writes doctor.json into `dir`; its path. */
function writeDoctorFile(dir, file) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const path = (0,external_node_path_namespaceObject.join)(dir, 'doctor.json');
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(file, null, 2) + '\n', 'utf8');
    return path;
}

;// CONCATENATED MODULE: ./src/doctor/main.ts
// The doctor action, step by step: settings -> every check (probe.ts), the answers kept -> the
// contract fit and the answers' shapes -> log, job summary, doctor.json and outputs. Read-only
// whatever the inputs; it fails the step only when a check failed.









async function runDoctor(runner) {
    let config;
    try {
        config = resolveDoctorConfig(readInputs(runner, DOCTOR_INPUTS), runner.env);
    }
    catch (error) {
        // A bad input is a failed check of the settings: nothing was sent.
        const input = error instanceof errors_InputError ? error.input : undefined;
        const check = {
            id: 'settings',
            title: 'Settings',
            outcome: 'fail',
            detail: (0,api_error/* errorMessage */.gJ)(error),
            advice: 'Fix the input named; nothing was sent.',
            anchor: 'input-errors',
            facts: input ? { input } : {},
        };
        runner.error(`❌ Settings: ${check.detail}`);
        return finish(runner, [check], [], {}, { region: null, endpoint: 'default', auth: 'unknown' }, resultsDirOf(runner.getInput('results_dir'), runner.env));
    }
    config.notices.forEach((n) => runner.info(n));
    // Every answer, not the first few: the doctor reports each operation's shape and fit.
    const watch = new ContractWatch(contract_fit/* checkAnswer */.dG, Number.POSITIVE_INFINITY);
    const checks = await examine(runner, config, watch);
    const deviations = watch.deviations();
    checks.push(contractCheck(watch, deviations));
    const site = {
        region: config.region ?? null,
        endpoint: config.endpoint.host.endsWith('.myhuaweicloud.com') ? 'default' : 'custom',
        auth: config.auth.kind === 'oidc' ? 'keyless' : config.auth.credentials.key.securityToken ? 'temporary keys' : 'keys',
    };
    await finish(runner, checks, deviations, await samplesOf(watch), site, config.resultsDir);
}
function contractCheck(watch, deviations) {
    const answers = [...watch.answers.values()].reduce((n, list) => n + list.length, 0);
    const operations = watch.answers.size;
    const base = { id: 'contract-fit', title: 'Contract fit', anchor: 'doctor-contract-fit' };
    if (deviations.length === 0) {
        return {
            ...base,
            outcome: 'ok',
            detail: `${answers} answers of ${operations} operations fit the API contract.`,
            facts: { answers, operations },
        };
    }
    const affected = [...new Set(deviations.map((d) => d.operation))];
    return {
        ...base,
        outcome: 'warn',
        detail: `${deviations.length} fields in the answers of ${affected.join(', ')} do not fit the API contract (listed below).`,
        advice: 'Nothing to fix on your side: attach doctor.json to an issue so that the actions can follow the service.',
        facts: { answers, operations, deviations: deviations.length },
    };
}
/** Each operation's first answer as a shape (ids, names, URLs, tokens and free text replaced). */
async function samplesOf(watch) {
    const { shapeOf } = await __nccwpck_require__.e(/* import() */ 142).then(__nccwpck_require__.bind(__nccwpck_require__, 142));
    const samples = {};
    for (const [operation, answers] of [...watch.answers].sort(([a], [b]) => a.localeCompare(b))) {
        samples[operation] = { answers: answers.length, shape: shapeOf(answers[0]) };
    }
    return samples;
}
async function finish(runner, checks, deviations, samples, site, resultsDir) {
    const status = statusOf(checks);
    runner.setOutput('status', status);
    let reportFile;
    if (resultsDir) {
        try {
            reportFile = writeDoctorFile(resultsDir, doctorFile(status, checks, deviations, samples, site));
            runner.setOutput('report_file', reportFile);
        }
        catch (error) {
            runner.warning(`Could not write doctor.json to ${resultsDir}: ${(0,api_error/* errorMessage */.gJ)(error)}`);
        }
    }
    runner.appendSummary(renderDoctorSummary(status, checks, deviations, reportFile, troubleshootingUrl(runner.env)) + '\n');
    const failed = checks.filter((c) => c.outcome === 'fail');
    if (failed.length > 0) {
        runner.setFailed(`The doctor found ${failed.length} problem${failed.length === 1 ? '' : 's'}: ${failed.map((c) => c.title).join(', ')}. The job summary says what to do.`);
    }
    else {
        runner.info(`Doctor: ${status === 'ok' ? 'everything checked is in order' : 'in order, with warnings (see above)'}.`);
    }
}

;// CONCATENATED MODULE: ./src/doctor/index.ts


// Not awaited at the top level (see src/create/index.ts); runDoctor reports its own failures.
void runDoctor(createRunner());

