export const id = 809;
export const ids = [809];
export const modules = {

/***/ 809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upsertPrComment: () => (/* binding */ upsertPrComment)
});

// UNUSED EXPORTS: ACTIONS_BOT

;// CONCATENATED MODULE: ./src/github/comment-body.ts
// The pull-request comment: one per workflow and task, found again by a hidden marker (in a comment
// the token wrote: anyone may copy the marker), with one section per action (create, run) that each
// action replaces and the other keeps.
function marker(workflow, taskId) {
    // The workflow name is user text: keep it from closing the HTML comment.
    return `<!-- codearts-perftest-action workflow="${workflow.replace(/-->|"/g, '')}" task="${taskId}" -->`;
}
const comment_body_open = (section) => `<!-- section:${section} -->`;
const comment_body_close = (section) => `<!-- /section:${section} -->`;
function sectionOf(body, section) {
    const start = body.indexOf(comment_body_open(section));
    const end = body.indexOf(comment_body_close(section));
    return start >= 0 && end > start ? body.slice(start, end + comment_body_close(section).length) : undefined;
}
/** The comment's body with `section` set to `content`, the other section kept from `existing`. */
function commentBody(existing, mark, workflow, taskId, section, content) {
    const sections = { create: existing && sectionOf(existing, 'create'), run: existing && sectionOf(existing, 'run') };
    sections[section] = `${comment_body_open(section)}\n${content.trim()}\n${comment_body_close(section)}`;
    return [
        mark,
        `**CodeArts PerfTest** · task \`${taskId}\` · workflow _${workflow}_`,
        '',
        ...['create', 'run'].map((s) => sections[s]).filter((s) => Boolean(s)),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(556);
;// CONCATENATED MODULE: ./src/github/pr-comment.ts
// Keeps the pull-request comment up to date. Octokit is loaded only here, and only when a comment is
// asked for, so that the actions' start-up stays light. A token that may not write (a pull request
// from a fork) gets a warning, never a failed step: the load test itself went fine.
//
// Only a comment the token itself wrote is updated: the marker is public and task ids are
// sequential, so anyone may post it first. Whom the token writes as: GET /user answers for a
// personal token; GitHub refuses it (403) to installation tokens such as the default GITHUB_TOKEN,
// which write as github-actions[bot]. An App's own installation token writes as `<app>[bot]`,
// unknown from here, so it gets a new comment each step rather than ever editing someone else's.


/** The login of the default GITHUB_TOKEN's comments. */
const ACTIONS_BOT = 'github-actions[bot]';
async function upsertPrComment(request) {
    const env = request.env ?? process.env;
    const { log } = request;
    const number = (0,context/* readRunContext */.$)(env).pullRequestNumber;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (number === undefined || !owner || !repo) {
        log.info('comment_on_pr: this run is not for a pull request, so there is no comment to write.');
        return;
    }
    const workflow = env.GITHUB_WORKFLOW || 'workflow';
    const mark = marker(workflow, request.taskId);
    try {
        const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(413), __webpack_require__.e(744)]).then(__webpack_require__.bind(__webpack_require__, 413));
        // The API URL from the same environment as the rest (Octokit on its own reads process.env).
        const octokit = getOctokit(request.token, env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {});
        const [self, comments] = await Promise.all([
            writerOf(octokit),
            octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 }),
        ]);
        const marked = comments.filter((c) => c.body?.startsWith(mark));
        const mine = marked.find((c) => c.user?.login === self);
        const foreign = marked.filter((c) => c.user?.login !== self);
        if (foreign.length > 0) {
            const authors = [...new Set(foreign.map((c) => `@${c.user?.login ?? 'ghost'}`))].join(', ');
            log.info(`Pull request #${number}: left alone ${foreign.length === 1 ? 'the comment' : `${foreign.length} comments`} by ${authors} carrying this action's marker; only comments written as ${self} are updated.`);
        }
        const body = commentBody(mine?.body, mark, workflow, request.taskId, request.section, request.content);
        if (mine) {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
            log.info(`Updated the comment on pull request #${number}.`);
        }
        else {
            await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
            log.info(`Commented on pull request #${number}.`);
        }
    }
    catch (error) {
        const status = error.status;
        const why = status === 403 || status === 404
            ? 'the token may not write to this pull request: pull requests from forks get a read-only token, and otherwise the job needs `permissions: pull-requests: write`'
            : 'see the error';
        log.warning(`Could not comment on pull request #${number} (${status ? `HTTP ${status}: ` : ''}${error.message}): ${why}. The results are in the job summary.`);
    }
}
/** The login the token writes comments as. */
async function writerOf(octokit) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch {
        // 403 for an installation token. Any other failure lands here too: trusting only the bot's
        // comments may add a comment but never edits another's.
        return ACTIONS_BOT;
    }
}


/***/ })

};
