import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4550:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _ops_core_action_run_action__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3403);
/* harmony import */ var _ops_core_release_actions__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2779);
// The deploy's `post:` step: a backstop that releases the deploy lock and closes the deployment when the
// main step died (cancelled, crashed) before it could.


await (0,_ops_core_action_run_action__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)("deploy (post)", _ops_core_release_actions__WEBPACK_IMPORTED_MODULE_1__/* .deployPostAction */ .kg);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 6745:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var Scalar = __nccwpck_require__(4305);
var YAMLMap = __nccwpck_require__(2938);
var YAMLSeq = __nccwpck_require__(3571);
var resolveBlockMap = __nccwpck_require__(619);
var resolveBlockSeq = __nccwpck_require__(1610);
var resolveFlowCollection = __nccwpck_require__(562);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 6183:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(7977);
var composeNode = __nccwpck_require__(413);
var resolveEnd = __nccwpck_require__(2368);
var resolveProps = __nccwpck_require__(6715);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5525);
var identity = __nccwpck_require__(1891);
var composeCollection = __nccwpck_require__(6745);
var composeScalar = __nccwpck_require__(1337);
var resolveEnd = __nccwpck_require__(2368);
var utilEmptyScalarPosition = __nccwpck_require__(6827);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 1337:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var Scalar = __nccwpck_require__(4305);
var resolveBlockScalar = __nccwpck_require__(293);
var resolveFlowScalar = __nccwpck_require__(7686);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 4260:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(9082);
var Document = __nccwpck_require__(7977);
var errors = __nccwpck_require__(7460);
var identity = __nccwpck_require__(1891);
var composeDoc = __nccwpck_require__(6183);
var resolveEnd = __nccwpck_require__(2368);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 619:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(5153);
var YAMLMap = __nccwpck_require__(2938);
var resolveProps = __nccwpck_require__(6715);
var utilContainsNewline = __nccwpck_require__(3151);
var utilFlowIndentCheck = __nccwpck_require__(7319);
var utilMapIncludes = __nccwpck_require__(8279);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 293:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(4305);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 1610:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(3571);
var resolveProps = __nccwpck_require__(6715);
var utilFlowIndentCheck = __nccwpck_require__(7319);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 2368:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 562:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var Pair = __nccwpck_require__(5153);
var YAMLMap = __nccwpck_require__(2938);
var YAMLSeq = __nccwpck_require__(3571);
var resolveEnd = __nccwpck_require__(2368);
var resolveProps = __nccwpck_require__(6715);
var utilContainsNewline = __nccwpck_require__(3151);
var utilMapIncludes = __nccwpck_require__(8279);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 7686:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(4305);
var resolveEnd = __nccwpck_require__(2368);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 6715:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 3151:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 6827:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 7319:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(3151);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 8279:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 7977:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5525);
var Collection = __nccwpck_require__(1633);
var identity = __nccwpck_require__(1891);
var Pair = __nccwpck_require__(5153);
var toJS = __nccwpck_require__(3119);
var Schema = __nccwpck_require__(1148);
var stringifyDocument = __nccwpck_require__(8577);
var anchors = __nccwpck_require__(7048);
var applyReviver = __nccwpck_require__(7817);
var createNode = __nccwpck_require__(7616);
var directives = __nccwpck_require__(9082);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 7048:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var visit = __nccwpck_require__(1360);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 7817:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 7616:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5525);
var identity = __nccwpck_require__(1891);
var Scalar = __nccwpck_require__(4305);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 9082:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var visit = __nccwpck_require__(1360);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 7460:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 3483:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(4260);
var Document = __nccwpck_require__(7977);
var Schema = __nccwpck_require__(1148);
var errors = __nccwpck_require__(7460);
var Alias = __nccwpck_require__(5525);
var identity = __nccwpck_require__(1891);
var Pair = __nccwpck_require__(5153);
var Scalar = __nccwpck_require__(4305);
var YAMLMap = __nccwpck_require__(2938);
var YAMLSeq = __nccwpck_require__(3571);
var cst = __nccwpck_require__(3921);
var lexer = __nccwpck_require__(1893);
var lineCounter = __nccwpck_require__(2808);
var parser = __nccwpck_require__(3124);
var publicApi = __nccwpck_require__(4563);
var visit = __nccwpck_require__(1360);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 6669:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 5525:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(7048);
var visit = __nccwpck_require__(1360);
var identity = __nccwpck_require__(1891);
var Node = __nccwpck_require__(5605);
var toJS = __nccwpck_require__(3119);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 1633:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(7616);
var identity = __nccwpck_require__(1891);
var Node = __nccwpck_require__(5605);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 5605:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(7817);
var identity = __nccwpck_require__(1891);
var toJS = __nccwpck_require__(3119);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 5153:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(7616);
var stringifyPair = __nccwpck_require__(9392);
var addPairToJSMap = __nccwpck_require__(1308);
var identity = __nccwpck_require__(1891);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 4305:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var Node = __nccwpck_require__(5605);
var toJS = __nccwpck_require__(3119);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 2938:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(3008);
var addPairToJSMap = __nccwpck_require__(1308);
var Collection = __nccwpck_require__(1633);
var identity = __nccwpck_require__(1891);
var Pair = __nccwpck_require__(5153);
var Scalar = __nccwpck_require__(4305);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 3571:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(7616);
var stringifyCollection = __nccwpck_require__(3008);
var Collection = __nccwpck_require__(1633);
var identity = __nccwpck_require__(1891);
var Scalar = __nccwpck_require__(4305);
var toJS = __nccwpck_require__(3119);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 1308:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(6669);
var merge = __nccwpck_require__(4376);
var stringify = __nccwpck_require__(3376);
var identity = __nccwpck_require__(1891);
var toJS = __nccwpck_require__(3119);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1891:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 3119:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 6242:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(293);
var resolveFlowScalar = __nccwpck_require__(7686);
var errors = __nccwpck_require__(7460);
var stringifyString = __nccwpck_require__(3665);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 5207:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3921:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(6242);
var cstStringify = __nccwpck_require__(2393);
var cstVisit = __nccwpck_require__(5207);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 1893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3921);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 2808:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3124:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3921);
var lexer = __nccwpck_require__(1893);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4563:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(4260);
var Document = __nccwpck_require__(7977);
var errors = __nccwpck_require__(7460);
var log = __nccwpck_require__(6669);
var identity = __nccwpck_require__(1891);
var lineCounter = __nccwpck_require__(2808);
var parser = __nccwpck_require__(3124);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 1148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var map = __nccwpck_require__(1231);
var seq = __nccwpck_require__(814);
var string = __nccwpck_require__(3724);
var tags = __nccwpck_require__(8478);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 1231:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var YAMLMap = __nccwpck_require__(2938);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 5940:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(4305);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 814:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var YAMLSeq = __nccwpck_require__(3571);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 3724:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3665);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 5579:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(4305);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 1433:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(4305);
var stringifyNumber = __nccwpck_require__(3677);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 2790:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(3677);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 9772:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(1231);
var _null = __nccwpck_require__(5940);
var seq = __nccwpck_require__(814);
var string = __nccwpck_require__(3724);
var bool = __nccwpck_require__(5579);
var float = __nccwpck_require__(1433);
var int = __nccwpck_require__(2790);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 7331:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(4305);
var map = __nccwpck_require__(1231);
var seq = __nccwpck_require__(814);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 8478:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(1231);
var _null = __nccwpck_require__(5940);
var seq = __nccwpck_require__(814);
var string = __nccwpck_require__(3724);
var bool = __nccwpck_require__(5579);
var float = __nccwpck_require__(1433);
var int = __nccwpck_require__(2790);
var schema = __nccwpck_require__(9772);
var schema$1 = __nccwpck_require__(7331);
var binary = __nccwpck_require__(743);
var merge = __nccwpck_require__(4376);
var omap = __nccwpck_require__(6683);
var pairs = __nccwpck_require__(7221);
var schema$2 = __nccwpck_require__(3381);
var set = __nccwpck_require__(5340);
var timestamp = __nccwpck_require__(3932);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 743:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(4305);
var stringifyString = __nccwpck_require__(3665);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8514:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(4305);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 2026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(4305);
var stringifyNumber = __nccwpck_require__(3677);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 7149:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(3677);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 4376:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var Scalar = __nccwpck_require__(4305);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 6683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var toJS = __nccwpck_require__(3119);
var YAMLMap = __nccwpck_require__(2938);
var YAMLSeq = __nccwpck_require__(3571);
var pairs = __nccwpck_require__(7221);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 7221:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var Pair = __nccwpck_require__(5153);
var Scalar = __nccwpck_require__(4305);
var YAMLSeq = __nccwpck_require__(3571);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 3381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(1231);
var _null = __nccwpck_require__(5940);
var seq = __nccwpck_require__(814);
var string = __nccwpck_require__(3724);
var binary = __nccwpck_require__(743);
var bool = __nccwpck_require__(8514);
var float = __nccwpck_require__(2026);
var int = __nccwpck_require__(7149);
var merge = __nccwpck_require__(4376);
var omap = __nccwpck_require__(6683);
var pairs = __nccwpck_require__(7221);
var set = __nccwpck_require__(5340);
var timestamp = __nccwpck_require__(3932);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 5340:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var Pair = __nccwpck_require__(5153);
var YAMLMap = __nccwpck_require__(2938);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 3932:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(3677);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 6767:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 3376:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(7048);
var identity = __nccwpck_require__(1891);
var stringifyComment = __nccwpck_require__(2875);
var stringifyString = __nccwpck_require__(3665);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 3008:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var stringify = __nccwpck_require__(3376);
var stringifyComment = __nccwpck_require__(2875);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 2875:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 8577:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var stringify = __nccwpck_require__(3376);
var stringifyComment = __nccwpck_require__(2875);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 3677:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9392:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);
var Scalar = __nccwpck_require__(4305);
var stringify = __nccwpck_require__(3376);
var stringifyComment = __nccwpck_require__(2875);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3665:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(4305);
var foldFlowLines = __nccwpck_require__(6767);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 1360:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1891);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 2235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   XQ: () => (/* binding */ RefusalError),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   f8: () => (/* binding */ errorKind),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
// The error taxonomy decides how a run ends: a configuration error is the user's to fix, a transient
// error may succeed on retry, a refusal is a deliberate decision with its evidence (not a crash).
/** A wrong or missing input, file or setting: the message says which one and how to fix it. */
class ConfigurationError extends Error {
    kind = "configuration";
    /** The input, option or setting at fault, e.g. `timeout` or `--redis-url`. */
    input;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = "ConfigurationError";
        this.input = options.input;
    }
}
/** A dependency that failed in a way that may pass on retry (network, timeout, 5xx). */
class TransientError extends Error {
    kind = "transient";
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = "TransientError";
    }
}
/** A deliberate decision not to proceed (kill switch on, breaker tripped, CI red), with its evidence. */
class RefusalError extends Error {
    kind = "refusal";
    evidence;
    constructor(message, evidence = []) {
        super(message);
        this.name = "RefusalError";
        this.evidence = evidence;
    }
}
/** The run was cancelled (SIGINT/SIGTERM) or an operation was aborted. */
class CancelledError extends Error {
    kind = "cancelled";
    constructor(message = "the run was cancelled") {
        super(message);
        this.name = "CancelledError";
    }
}
/** Classifies anything thrown, including non-Error values. */
function errorKind(error) {
    if (error instanceof ConfigurationError)
        return "configuration";
    if (error instanceof TransientError)
        return "transient";
    if (error instanceof RefusalError)
        return "refusal";
    if (error instanceof CancelledError)
        return "cancelled";
    if (error instanceof Error && error.name === "AbortError")
        return "cancelled";
    return "internal";
}
/** A message for anything thrown: an Error's message, a string as is, anything else as JSON. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === "string")
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ actionInputSource),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony exports optionInputSource, parseDuration, splitWords, parseUrl, redactUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2235);
// Strict, typed input parsing shared by every action and the `ops` command. Empty means absent; every
// error names the input, the bad value and what is allowed. Parse once, into a frozen object.

/** The runner's contract: input `foo-bar` is `INPUT_FOO-BAR`, trimmed, as @actions/core reads it. */
function actionInputSource(env = process.env) {
    return {
        get: (name) => env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim(),
        label: (name) => `input \`${name}\``,
    };
}
/** Command-line options already split into a map (see cli/args.ts). */
function optionInputSource(values) {
    return {
        get: (name) => values[name]?.trim(),
        label: (name) => `option --${name}`,
    };
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `500ms`, `30s`, `5m`, `1h`, `1m30s`; a bare number is seconds. Returns milliseconds, or undefined. */
function parseDuration(text) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t))
        return Math.round(Number(t) * 1000);
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
        total += Number(m[1]) * (DURATION_UNITS[m[2]] ?? 0);
        consumed = re.lastIndex;
    }
    if (consumed === 0 || consumed !== t.length)
        return undefined;
    return Math.round(total);
}
/** Shows a duration as people write it: 250ms, 1.5s, 2m, 1m30s. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 1))}s`;
    const m = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return s ? `${m}m${s}s` : `${m}m`;
}
function show(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    /** How to name an input in a message: "input `timeout`" (action) or "option --timeout" (CLI). */
    label(name) {
        return this.source.label(name);
    }
    fail(name, value, allowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.source.label(name)}: ${show(value)} is not valid; expected ${allowed}`, {
            input: name,
        });
    }
    /** The raw value; undefined when empty or not given. */
    optional(name) {
        const v = this.source.get(name);
        return v === undefined || v === "" ? undefined : v;
    }
    required(name, hint = "a value") {
        const v = this.optional(name);
        if (v === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.source.label(name)} is required: give ${hint}`, { input: name });
        }
        return v;
    }
    string(name, fallback) {
        return this.optional(name) ?? fallback;
    }
    /** YAML 1.2 core booleans only: true/True/TRUE, false/False/FALSE. A typo is an error, never false. */
    boolean(name, fallback) {
        const v = this.optional(name);
        if (v === undefined)
            return fallback;
        if (["true", "True", "TRUE"].includes(v))
            return true;
        if (["false", "False", "FALSE"].includes(v))
            return false;
        return this.fail(name, v, "true or false");
    }
    integer(name, opts) {
        const v = this.optional(name);
        if (v === undefined)
            return opts.fallback;
        const range = `${opts.min ?? "-∞"}..${opts.max ?? "∞"}`;
        if (!/^[-+]?\d+$/.test(v))
            return this.fail(name, v, `a whole number in ${range}`);
        const n = Number(v);
        if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
            return this.fail(name, v, `a whole number in ${range}`);
        }
        return n;
    }
    duration(name, opts) {
        const v = this.optional(name);
        if (v === undefined)
            return opts.fallback;
        const ms = parseDuration(v);
        const allowed = `a duration such as 500ms, 30s, 5m${opts.min !== undefined || opts.max !== undefined
            ? ` between ${formatDuration(opts.min ?? 0)} and ${opts.max !== undefined ? formatDuration(opts.max) : "∞"}`
            : ""}`;
        if (ms === undefined)
            return this.fail(name, v, allowed);
        if ((opts.min !== undefined && ms < opts.min) || (opts.max !== undefined && ms > opts.max)) {
            return this.fail(name, v, allowed);
        }
        return ms;
    }
    enum(name, allowed, fallback) {
        const v = this.optional(name);
        if (v === undefined)
            return fallback;
        if (allowed.includes(v))
            return v;
        return this.fail(name, v, `one of ${allowed.join(", ")}`);
    }
    /** An absolute URL whose scheme is one of `protocols` (e.g. ["http:", "https:"]). */
    url(name, protocols, fallback) {
        const v = this.optional(name) ?? fallback;
        if (v === undefined)
            return undefined;
        return parseUrl(v, protocols, (allowed) => this.fail(name, redactUrl(v), allowed));
    }
    /** Items separated by newlines or commas, trimmed, empty ones dropped. */
    list(name) {
        const v = this.optional(name);
        if (v === undefined)
            return [];
        return v
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== "" && !s.startsWith("#"));
    }
    /** Lines (or commas) of `name=value`; names unique; `#` starts a comment line. In input order. */
    map(name) {
        const out = [];
        const seen = new Set();
        for (const item of this.list(name)) {
            const eq = item.indexOf("=");
            if (eq <= 0)
                return this.fail(name, item, "lines of name=value");
            const key = item.slice(0, eq).trim();
            const value = item.slice(eq + 1).trim();
            if (seen.has(key))
                return this.fail(name, item, `each name once (${JSON.stringify(key)} is repeated)`);
            seen.add(key);
            out.push([key, value]);
        }
        return out;
    }
    /** Lines of arguments for a command run without a shell: one argument per line, or a JSON array. */
    argv(name) {
        const v = this.optional(name);
        if (v === undefined)
            return undefined;
        if (v.startsWith("[")) {
            try {
                const parsed = JSON.parse(v);
                if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((a) => typeof a === "string")) {
                    return parsed;
                }
            }
            catch {
                // fall through to the error below
            }
            return this.fail(name, v, 'a JSON array of strings, e.g. ["pytest", "tests/e2e"]');
        }
        const args = v.includes("\n") ? v.split("\n").map((s) => s.trim()) : splitWords(v);
        const clean = args.filter((a) => a !== "");
        if (clean.length === 0)
            return this.fail(name, v, "a command and its arguments");
        return clean;
    }
}
/** Splits `a "b c" d` into words, honouring simple double and single quotes; no shell expansion at all. */
function splitWords(text) {
    const words = [];
    const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
        words.push(m[1] ?? m[2] ?? m[3] ?? "");
    return words;
}
function parseUrl(value, protocols, fail) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return fail(`an absolute URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`);
    }
    if (!protocols.includes(url.protocol)) {
        return fail(`a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`);
    }
    return url;
}
/** A URL with its password replaced, safe to print. */
function redactUrl(value) {
    try {
        const url = new URL(value);
        if (url.password)
            url.password = "***";
        return url.toString();
    }
    catch {
        return value.replace(/\/\/([^:/@\s]*):[^@/\s]*@/, "//$1:***@");
    }
}


/***/ }),

/***/ 3403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: coreLogger, runContext

// EXTERNAL MODULE: ../../packages/ops-core/dist/action/errors.js
var errors = __nccwpck_require__(2235);
// EXTERNAL MODULE: ../../packages/ops-core/dist/action/inputs.js
var inputs = __nccwpck_require__(165);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/action/runner-commands.js
// The runner's contract, as far as runAction uses it: workflow commands on stdout (`::warning file=…::msg`),
// file commands (GITHUB_OUTPUT, GITHUB_STATE with a random heredoc delimiter), the job summary file, and
// setFailed. Same names, behaviour and escaping as @actions/core (command.ts, file-command.ts), without its
// import chain (@actions/http-client → undici, @actions/exec, the OIDC client): that chain was ~1 MB of
// every bundle and about two thirds of every action's cold start (bench/cold-start.ts).



function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function issue(command, message = "", properties = {}) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== "")
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(",");
    process.stdout.write(`::${command}${props ? ` ${props}` : ""}::${escapeData(message)}${external_node_os_.EOL}`);
}
function fileCommand(variable, key, value) {
    const path = process.env[variable];
    if (!path)
        return false;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter))
        throw new Error(`unexpected delimiter in ${key}`);
    (0,external_node_fs_namespaceObject.appendFileSync)(path, `${key}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: "utf8" });
    return true;
}
function annotation(where) {
    if (!where)
        return {};
    return {
        title: where.title,
        file: where.file,
        line: where.startLine,
        endLine: where.endLine,
        col: where.startColumn,
        endColumn: where.endColumn,
    };
}
const debug = (message) => issue("debug", message);
const info = (message) => process.stdout.write(`${message}${external_node_os_.EOL}`);
const warning = (message, where) => issue("warning", message, annotation(where));
const error = (message, where) => issue("error", message, annotation(where));
const notice = (message, where) => issue("notice", message, annotation(where));
const startGroup = (name) => issue("group", name);
const endGroup = () => issue("endgroup");
const setSecret = (secret) => issue("add-mask", secret);
function setOutput(name, value) {
    if (!fileCommand("GITHUB_OUTPUT", name, value)) {
        process.stdout.write(external_node_os_.EOL);
        issue("set-output", value, { name });
    }
}
function saveState(name, value) {
    if (!fileCommand("GITHUB_STATE", name, value))
        issue("save-state", value, { name });
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** The job summary: run-action.ts only appends one finished document. */
const runner_commands_summary = {
    addRaw(text, addEol = false) {
        const doc = addEol ? `${text}${external_node_os_.EOL}` : text;
        return {
            async write() {
                const path = process.env.GITHUB_STEP_SUMMARY;
                if (!path)
                    throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY.");
                (0,external_node_fs_namespaceObject.appendFileSync)(path, doc, { encoding: "utf8" });
            },
        };
    },
};

// EXTERNAL MODULE: ../../packages/ops-core/dist/action/safe-text.js
var safe_text = __nccwpck_require__(9985);
// EXTERNAL MODULE: ../../packages/ops-core/dist/action/summary.js
var action_summary = __nccwpck_require__(7106);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/action/run-action.js
// The one wrapper every action runs in: one catch for anything thrown, one setFailed naming the action,
// the summary written and every connection closed in `finally`, and SIGINT/SIGTERM ending the run
// cleanly with a summary that says it was cancelled.





function runContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner = "", repo = ""] = repository.split("/");
    const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, "");
    const runId = env.GITHUB_RUN_ID ?? "";
    return {
        repository,
        owner,
        repo,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? "1",
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : "",
        serverUrl,
        apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/$/, ""),
        sha: env.GITHUB_SHA ?? "",
        ref: env.GITHUB_REF ?? "",
        actor: env.GITHUB_ACTOR ?? "",
        workflow: env.GITHUB_WORKFLOW ?? "",
        eventName: env.GITHUB_EVENT_NAME ?? "",
        eventPath: env.GITHUB_EVENT_PATH,
    };
}
/** Anything the run's code may have left behind in the `finally` block after cancellation, in ms. */
const CANCEL_GRACE_MS = 7_000;
/** After everything is closed, a stuck handle must not keep the step alive. */
const EXIT_BACKSTOP_MS = 3_000;
/** The runner-backed logger, with untrusted text made inert and annotations passed through. */
function coreLogger() {
    const props = (where) => where
        ? {
            title: where.title ? (0,safe_text/* inertLine */.Fq)(where.title) : undefined,
            file: where.file,
            startLine: where.startLine,
            endLine: where.endLine,
            startColumn: where.startColumn,
        }
        : undefined;
    return {
        debug: (m) => debug((0,safe_text/* inertText */.UJ)(m)),
        info: (m) => info((0,safe_text/* inertText */.UJ)(m)),
        warning: (m, w) => warning((0,safe_text/* inertText */.UJ)(m), props(w)),
        error: (m, w) => error((0,safe_text/* inertText */.UJ)(m), props(w)),
        notice: (m, w) => notice((0,safe_text/* inertText */.UJ)(m), props(w)),
        group: async (title, fn) => {
            startGroup((0,safe_text/* inertLine */.Fq)(title));
            try {
                return await fn();
            }
            finally {
                endGroup();
            }
        },
    };
}
/**
 * Runs an action's body. Never throws; sets process.exitCode. `fn` gets parsed-on-demand inputs, a
 * logger, a cancellation signal and hooks for outputs, summary and cleanup.
 */
async function runAction(name, fn) {
    const controller = new AbortController();
    const cleanups = [];
    let summary = "";
    let cancelled = false;
    const logger = coreLogger();
    const onSignal = (signal) => {
        if (cancelled)
            return;
        cancelled = true;
        logger.warning(`${name}: received ${signal}; cancelling and cleaning up`);
        controller.abort(new errors/* CancelledError */.cc(`the run was cancelled (${signal})`));
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    const ctx = {
        name,
        inputs: new inputs/* Inputs */.G0((0,inputs/* actionInputSource */.EZ)(process.env)),
        logger,
        signal: controller.signal,
        run: runContext(process.env),
        env: process.env,
        setSecret: (value) => {
            if (value)
                setSecret(value);
        },
        onCleanup: (fn) => cleanups.push(fn),
        setOutput: (key, value) => setOutput(key, value),
        setSummary: (markdown) => {
            summary = markdown;
        },
        saveState: (key, value) => saveState(key, value),
    };
    let failure;
    let errorSection = "";
    try {
        const body = fn(ctx);
        // A cancelled run gets a grace period to finish its own cleanup, then we stop waiting.
        const cancelledLate = new Promise((_, reject) => {
            controller.signal.addEventListener("abort", () => setTimeout(() => reject(controller.signal.reason), CANCEL_GRACE_MS).unref(), { once: true });
        });
        body.catch(() => undefined);
        const outcome = await Promise.race([body, cancelledLate]);
        if (cancelled)
            throw controller.signal.reason;
        if (outcome?.failed)
            failure = outcome.failed;
    }
    catch (error) {
        const kind = cancelled ? "cancelled" : (0,errors/* errorKind */.f8)(error);
        const message = (0,errors/* errorMessage */.gJ)(error);
        failure = message;
        errorSection = renderError(name, kind, message, error);
        if (kind === "internal" && error instanceof Error && error.stack)
            logger.debug(error.stack);
    }
    finally {
        for (const cleanup of cleanups.reverse()) {
            try {
                await cleanup();
            }
            catch (error) {
                logger.warning(`${name}: cleanup failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        await writeSummary(errorSection, summary, logger);
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
    }
    if (failure !== undefined)
        setFailed(`${name}: ${(0,safe_text/* inertLine */.Fq)(failure)}`);
    // Every connection is closed above; if some library still holds a handle, do not hang the step.
    setTimeout(() => process.exit(), EXIT_BACKSTOP_MS).unref();
}
function renderError(name, kind, message, error) {
    switch (kind) {
        case "configuration":
            return `${(0,action_summary/* headline */.Pl)("failure", `${name}: configuration error`)}\n\n${(0,safe_text/* mdText */.bC)(message)}\n\nFix the input in the workflow file and run again; nothing was changed.`;
        case "refusal": {
            const evidence = error instanceof errors/* RefusalError */.XQ ? error.evidence : [];
            const list = evidence.map((e) => `- ${(0,safe_text/* mdText */.bC)(e)}`).join("\n");
            return `${(0,action_summary/* headline */.Pl)("refused", `${name} refused`)}\n\n${(0,safe_text/* mdText */.bC)(message)}${list ? `\n\n**Evidence**\n\n${list}` : ""}`;
        }
        case "cancelled":
            return `${(0,action_summary/* headline */.Pl)("cancelled", `${name} was cancelled`)}\n\n${(0,safe_text/* mdText */.bC)(message)}. Cleanup ran; see below for the state the run reached.`;
        case "transient":
            return `${(0,action_summary/* headline */.Pl)("failure", `${name} failed: a dependency did not answer`)}\n\n${(0,safe_text/* mdText */.bC)(message)}\n\nThis may pass on a re-run.`;
        default:
            return `${(0,action_summary/* headline */.Pl)("failure", `${name} failed unexpectedly`)}\n\n${(0,safe_text/* mdBlock */.nx)(message)}`;
    }
}
async function writeSummary(errorSection, summary, logger) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const doc = (0,action_summary/* fitSections */.WK)([errorSection, summary], safe_text/* SUMMARY_LIMIT_BYTES */.Jz - 1024);
    if (doc.trim() === "")
        return;
    try {
        await runner_commands_summary.addRaw(doc, true).write();
    }
    catch (error) {
        logger.warning(`could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}


/***/ }),

/***/ 9985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ inertLine),
/* harmony export */   Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   nx: () => (/* binding */ mdBlock)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT_CHARS, escapeHtml, mdCode, stripControl, truncate, tailLines */
// Untrusted text (logs, PR titles, branch names, test names, health bodies) made harmless wherever it goes:
// the runner log (workflow commands), and Markdown/HTML in summaries and comments.
/** GitHub's limits: a step summary is refused over 1 MiB; an issue comment over 65,536 characters. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const COMMENT_LIMIT_CHARS = 65_536;
const ZWSP = "\u200b";
/**
 * One log line that cannot act as a workflow command: a leading `::` (after any white space) and any
 * `##[` are broken with a zero-width space, and carriage returns cannot start a new runner line.
 */
function inertLine(line) {
    let out = line.replace(/\r/g, "\\r");
    out = out.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`);
    if (out.includes("##["))
        out = out.replaceAll("##[", `#${ZWSP}#[`);
    return out;
}
/** Every line of a block made inert (see `inertLine`). */
function inertText(text) {
    return text.split("\n").map(inertLine).join("\n");
}
const HTML_ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
};
/** Escapes the five HTML-significant characters. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
/**
 * Inline Markdown text: HTML escaped, Markdown punctuation backslash-escaped, `@mentions` and `#refs`
 * broken so they notify nobody, newlines folded to spaces. Safe in table cells (pipes escaped).
 */
function mdText(text) {
    // Markdown escapes first: the entities escapeHtml adds (`&#39;`) must not be escaped again.
    const markdownSafe = stripControl(text)
        .replace(/\r?\n|\r/g, " ")
        .replace(/[\\`*_[\]{}()#+!|~]/g, (c) => `\\${c}`);
    return escapeHtml(markdownSafe).replace(/@/g, `@${ZWSP}`);
}
/** Inline code for untrusted text, as an HTML `<code>` element: safe in tables and against backticks. */
function mdCode(text) {
    const body = escapeHtml(stripControl(text).replace(/\r?\n|\r/g, " "))
        .replace(/\|/g, "&#124;")
        .replace(/@/g, "&#64;");
    return `<code>${body}</code>`;
}
/**
 * A fenced code block whose fence is longer than any backtick run inside, so the text cannot close it.
 * Mentions are inert inside code blocks; HTML is shown literally.
 */
function mdBlock(text, language = "") {
    const clean = stripControl(text);
    let longest = 0;
    for (const run of clean.match(/`+|~+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = "`".repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${clean}\n${fence}`;
}
/** Removes control characters except tab and newline (they can hide text or confuse terminals). */
function stripControl(text) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u001b]/g, "");
}
/**
 * Cuts `text` to at most `max` characters, saying so visibly, on a line boundary where one is near.
 * Returns the text unchanged when it fits.
 */
function truncate(text, max, what = "text") {
    if (text.length <= max)
        return text;
    const note = `\n… ${what} truncated: ${text.length - max} more characters not shown`;
    const room = Math.max(0, max - note.length);
    let cut = text.slice(0, room);
    const nl = cut.lastIndexOf("\n");
    if (nl > room * 0.8)
        cut = cut.slice(0, nl);
    return `${cut}${note}`;
}
/** Keeps the last `n` lines (for log tails), saying how many were left out. */
function tailLines(text, n) {
    const lines = text.replace(/\n$/, "").split("\n");
    if (lines.length <= n)
        return lines.join("\n");
    return [`… ${lines.length - n} earlier lines not shown`, ...lines.slice(-n)].join("\n");
}
/** UTF-8 size in bytes, the unit of GitHub's step-summary limit. */
function byteLength(text) {
    return Buffer.byteLength(text, "utf8");
}


/***/ }),

/***/ 7106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   WK: () => (/* binding */ fitSections)
/* harmony export */ });
/* unused harmony exports statusIcon, checklist, table, details, heading, sections, timelineChart */
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9985);
// The job summary is the main screen. Pure functions from results to Markdown: status first, checklists
// with real ticks and their evidence, tables, <details> for the long parts. Callers pass untrusted text
// through `mdText`/`mdCode`/`mdBlock` (safe-text.ts); these helpers escape what they are given as text.

const ICONS = {
    success: "✅",
    failure: "❌",
    warning: "⚠️",
    cancelled: "🛑",
    skipped: "⏭️",
    refused: "⛔",
    running: "⏳",
    neutral: "ℹ️",
};
function statusIcon(status) {
    return ICONS[status];
}
/** `## ✅ Deploy succeeded` followed by a one-line plain-text explanation. */
function headline(status, title, detail) {
    return `## ${ICONS[status]} ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(title)}${detail ? `\n\n${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(detail)}` : ""}`;
}
/** A GitHub task list: `- [x]` for passed rows, `- [ ]` with ❌ for failed ones, "not checked" otherwise. */
function checklist(title, items) {
    const rows = items.map((item) => {
        const box = item.ok === true ? "[x]" : "[ ]";
        const mark = item.ok === false ? "❌ " : item.ok === undefined ? "➖ " : "";
        const evidence = item.evidence !== undefined && item.evidence !== ""
            ? ` — ${item.evidenceMd ? item.evidence : mdText(item.evidence)}`
            : item.ok === undefined
                ? " — not checked"
                : "";
        return `- ${box} ${mark}${mdText(item.label)}${evidence}`;
    });
    return `### ${mdText(title)}\n\n${rows.join("\n")}`;
}
/** A table of already-safe Markdown cells (build cells with mdText/mdCode). */
function table(headers, rows) {
    if (rows.length === 0)
        return "";
    const head = `| ${headers.map(mdText).join(" | ")} |`;
    const rule = `| ${headers.map(() => "---").join(" | ")} |`;
    const body = rows.map((r) => `| ${r.map((c) => c.replace(/\r?\n/g, "<br>")).join(" | ")} |`);
    return [head, rule, ...body].join("\n");
}
/** A collapsed section; `body` is already-safe Markdown. */
function details(summary, body, open = false) {
    return `<details${open ? " open" : ""}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
function heading(text, level = 3) {
    return `${"#".repeat(level)} ${mdText(text)}`;
}
/** Joins sections with blank lines, dropping empty ones. */
function sections(...parts) {
    return parts.filter((p) => typeof p === "string" && p.trim() !== "").join("\n\n");
}
/**
 * Keeps a document within a byte budget: whole trailing sections are dropped first (status stays first),
 * and a visible note says what was left out.
 */
function fitSections(parts, limitBytes = _safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .SUMMARY_LIMIT_BYTES */ .Jz - 1024) {
    const kept = [];
    let size = 0;
    let dropped = 0;
    for (const p of parts) {
        if (p.trim() === "")
            continue;
        const cost = (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .byteLength */ .dp)(p) + 2;
        if (dropped === 0 && size + cost <= limitBytes) {
            kept.push(p);
            size += cost;
        }
        else
            dropped++;
    }
    if (dropped > 0) {
        kept.push(`> ⚠️ ${dropped} section(s) left out to stay within GitHub's size limit; see the run log and the \`report\` output.`);
    }
    const doc = kept.join("\n\n");
    if ((0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .byteLength */ .dp)(doc) <= limitBytes)
        return doc;
    // A single giant section: cut it by characters (a UTF-8 char is at most 4 bytes).
    return `${doc.slice(0, Math.floor(limitBytes / 4))}\n\n> ⚠️ summary truncated to stay within GitHub's size limit.`;
}
/** A Mermaid Gantt chart of steps with durations; names are reduced to safe characters. */
function timelineChart(title, steps) {
    if (steps.length === 0)
        return "";
    const origin = Math.min(...steps.map((s) => s.startMs));
    const lines = steps.map((s, i) => {
        const name = s.name.replace(/[^\w .,/()-]/g, " ").slice(0, 60) || `step ${i + 1}`;
        const start = Math.max(0, Math.round(s.startMs - origin));
        const dur = Math.max(1, Math.round(s.durationMs));
        return `    ${name} :${s.failed ? "crit, " : ""}s${i}, ${start}, ${dur}ms`;
    });
    return [
        "```mermaid",
        "gantt",
        `    title ${title.replace(/[^\w .,/()-]/g, " ")}`,
        "    dateFormat x",
        "    axisFormat %M:%S",
        ...lines,
        "```",
    ].join("\n");
}


/***/ }),

/***/ 2779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kg: () => (/* binding */ deployPostAction)
});

// UNUSED EXPORTS: defaultBranch, deployAction, rollbackAction

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ../../packages/ops-core/dist/action/errors.js
var errors = __nccwpck_require__(2235);
// EXTERNAL MODULE: ../../packages/ops-core/dist/state/connection.js
var connection = __nccwpck_require__(9565);
// EXTERNAL MODULE: ../../packages/ops-core/dist/release/adapters/state.js + 3 modules
var state = __nccwpck_require__(9789);
// EXTERNAL MODULE: ../../packages/ops-core/dist/action/inputs.js
var inputs = __nccwpck_require__(165);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/degradation.js
// Degradation against a baseline (an earlier smoke `report`), with the runbook's thresholds on median
// latency: more than 50% slower fails (rollback-worthy), 20–50% warns, under 20% passes. Too few samples
// on either side is inconclusive, never a pass. A slowdown under the tolerance (e.g. 0.4 ms → 0.9 ms on
// loopback) is noise, not degradation. Pure.

const FAIL_RATIO = 0.5;
const WARN_RATIO = 0.2;
/** Fewer samples than this on either side cannot say anything about a median. */
const MIN_SAMPLES = 5;
const ORDER = { pass: 0, warn: 1, inconclusive: 2, fail: 3 };
function compareEndpoint(name, current, baseline, toleranceMs) {
    const cur = current ?? [];
    const base = baseline ?? [];
    const currentP50Ms = percentile(cur, 50);
    const baselineP50Ms = percentile(base, 50);
    const common = {
        name,
        baselineP50Ms,
        currentP50Ms,
        baselineSamples: base.length,
        currentSamples: cur.length,
    };
    if (baseline === undefined) {
        return { ...common, verdict: "new", reason: "not in the baseline", change: undefined };
    }
    if (cur.length < MIN_SAMPLES || base.length < MIN_SAMPLES) {
        return {
            ...common,
            verdict: "inconclusive",
            reason: `too few samples to compare (${cur.length} now, ${base.length} in the baseline; at least ${MIN_SAMPLES} each)`,
            change: undefined,
        };
    }
    const now = currentP50Ms;
    const before = baselineP50Ms;
    // Rounded to a millionth so that 120 ms against 100 ms is exactly +20%, not 19.999…%.
    const change = before > 0 ? Math.round((now / before - 1) * 1e6) / 1e6 : now > 0 ? Number.POSITIVE_INFINITY : 0;
    const pct = Number.isFinite(change) ? `${Math.round(change * 100)}%` : "∞";
    const what = `median ${fmt(before)} → ${fmt(now)} (${change >= 0 ? "+" : ""}${pct})`;
    if (now - before <= toleranceMs) {
        const note = change > WARN_RATIO ? `, within the ${fmt(toleranceMs)} tolerance` : "";
        return { ...common, verdict: "pass", reason: `${what}${note}`, change };
    }
    if (change > FAIL_RATIO)
        return { ...common, verdict: "fail", reason: `${what}: more than 50% slower`, change };
    if (change >= WARN_RATIO)
        return { ...common, verdict: "warn", reason: `${what}: 20–50% slower`, change };
    return { ...common, verdict: "pass", reason: what, change };
}
function degradation_compareWithBaseline(current, baseline, toleranceMs) {
    const endpoints = current.map((e) => compareEndpoint(e.name, e.samplesMs, baseline.endpoints.find((b) => b.name === e.name)?.samplesMs, toleranceMs));
    const compared = endpoints.filter((e) => e.verdict !== "new");
    const base = { checked: true, baselineTakenAt: baseline.takenAt, toleranceMs, endpoints };
    if (compared.length === 0) {
        return { ...base, verdict: "inconclusive", reason: "no endpoint in common with the baseline" };
    }
    const worst = compared.reduce((a, b) => (ORDER[b.verdict] > ORDER[a.verdict] ? b : a));
    const verdict = worst.verdict;
    const reason = verdict === "pass"
        ? `no endpoint is 20% slower than the baseline (${compared.length} compared)`
        : compared
            .filter((e) => e.verdict === verdict)
            .map((e) => `${e.name}: ${e.reason}`)
            .join("; ");
    return { ...base, verdict, reason };
}
function fmt(ms) {
    return ms < 10 ? `${Math.round(ms * 100) / 100} ms` : `${Math.round(ms)} ms`;
}
/**
 * Reads a baseline from an earlier report (JSON text). Throws an Error saying what is wrong; callers turn
 * it into a configuration error naming their input.
 */
function degradation_parseBaseline(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof data !== "object" || data === null)
        throw new Error("not a smoke report object");
    const report = data;
    if (report.schema !== 1)
        throw new Error(`unsupported report schema ${JSON.stringify(report.schema)} (expected 1)`);
    if (!Array.isArray(report.endpoints))
        throw new Error("the report has no endpoints list");
    const endpoints = report.endpoints.map((e, i) => {
        const item = e;
        if (typeof item?.name !== "string")
            throw new Error(`endpoints[${i}] has no name`);
        const samples = Array.isArray(item.samplesMs) ? item.samplesMs : [];
        if (!samples.every((s) => typeof s === "number" && Number.isFinite(s) && s >= 0)) {
            throw new Error(`endpoints[${i}].samplesMs must be a list of non-negative numbers`);
        }
        return { name: item.name, samplesMs: samples };
    });
    return { takenAt: typeof report.finishedAt === "string" ? report.finishedAt : undefined, endpoints };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/inputs.js
// The smoke options, read once into a frozen typed object: the same names for the action's inputs
// (`INPUT_EXPECT-STATUS`) and the command's options (`--expect-status`), errors naming the one at fault.




const COMPOSE_COMMANDS = (/* unused pure expression or super */ null && (["auto", "docker compose", "docker-compose"]));
const FAIL_ON = (/* unused pure expression or super */ null && (["fail", "inconclusive", "never"]));
/** Every option, as named in action.yml and on the command line. */
const SMOKE_OPTIONS = (/* unused pure expression or super */ null && ([
    "endpoints",
    "expect-status",
    "expect-json",
    "timeout",
    "request-timeout",
    "interval",
    "successes",
    "samples",
    "fail-fast",
    "compose-file",
    "compose-project",
    "compose-command",
    "services",
    "observe",
    "redis-url",
    "key-prefix",
    "redis-timeout",
    "smoke-command",
    "smoke-timeout",
    "working-directory",
    "junit-path",
    "baseline",
    "latency-tolerance",
    "fail-on",
]));
const NAME = /^[A-Za-z0-9][\w.-]*$/;
/** `name=url` lines; a bare URL is allowed and named after its host and path. */
function parseEndpoints(lines, fail) {
    const out = [];
    for (const line of lines) {
        const m = /^([^=\s:/]+)\s*=\s*(.+)$/.exec(line);
        const name = m ? m[1] : undefined;
        const raw = m ? m[2].trim() : line;
        const url = parseUrl(raw, ["http:", "https:"], (allowed) => fail(redactUrl(line), `lines of name=url, each url ${allowed}`));
        const finalName = name ?? `${url.host}${url.pathname === "/" ? "" : url.pathname}`;
        if (name !== undefined && !NAME.test(name)) {
            fail(line, "a name of letters, digits, '.', '_' or '-' before the =");
        }
        if (out.some((e) => e.name === finalName))
            fail(line, `each name once (${JSON.stringify(finalName)} is repeated)`);
        out.push({ name: finalName, url: url.toString() });
    }
    return out;
}
async function inputs_readSmokeConfig(inputs, options) {
    const fail = (name, message) => {
        throw new ConfigurationError(message, { input: name });
    };
    const label = (name) => inputs.label(name);
    const endpoints = parseEndpoints(inputs.list("endpoints"), (line, allowed) => fail("endpoints", `${label("endpoints")}: ${JSON.stringify(line)} is not valid; expected ${allowed}`));
    const statusText = inputs.string("expect-status", "200");
    const expectStatus = parseStatusExpectation(statusText) ??
        fail("expect-status", `${label("expect-status")}: ${JSON.stringify(statusText)} is not valid; expected status codes such as 200, "200,204" or 2xx`);
    const expectJson = inputs
        .list("expect-json")
        .map((line) => parseJsonCondition(line) ??
        fail("expect-json", `${label("expect-json")}: ${JSON.stringify(line)} is not valid; expected lines of path=value, e.g. status=ok or checks.db=up`));
    const timeoutMs = inputs.duration("timeout", { fallback: 60_000, min: 1, max: 3_600_000 });
    const requestTimeoutMs = inputs.duration("request-timeout", {
        fallback: Math.min(5_000, timeoutMs),
        min: 1,
        max: 600_000,
    });
    const maxIntervalMs = inputs.duration("interval", { fallback: 400, min: 1, max: 600_000 });
    const successes = inputs.integer("successes", { fallback: 2, min: 1, max: 100 });
    const samples = inputs.integer("samples", { fallback: 10, min: 0, max: 1000 });
    const failFast = inputs.boolean("fail-fast", true);
    const workingDirectory = inputs.optional("working-directory");
    const composeFiles = inputs.list("compose-file");
    const composeProject = inputs.optional("compose-project");
    const composeCommand = inputs.enum("compose-command", COMPOSE_COMMANDS, "auto");
    const services = inputs.list("services");
    const observeMs = inputs.duration("observe", { fallback: 3_000, min: 0, max: 3_600_000 });
    const useCompose = composeFiles.length > 0 || composeProject !== undefined;
    if (!useCompose && services.length > 0) {
        fail("services", `${label("services")} needs ${label("compose-file")} or ${label("compose-project")} to know which stack to look at`);
    }
    const redisText = inputs.optional("redis-url");
    let redis;
    if (redisText !== undefined) {
        const url = parseUrl(redisText, ["redis:", "rediss:"], (allowed) => fail("redis-url", `${label("redis-url")}: ${JSON.stringify(redactUrl(redisText))} is not valid; expected ${allowed}, e.g. redis://localhost:6379/0`));
        redis = {
            url: redisText,
            display: redactUrl(url.toString()),
            keyPrefix: inputs.string("key-prefix", ""),
        };
    }
    else if (inputs.optional("key-prefix") !== undefined) {
        fail("key-prefix", `${label("key-prefix")} needs ${label("redis-url")}`);
    }
    const redisTimeoutMs = inputs.duration("redis-timeout", { fallback: 3_000, min: 1, max: 60_000 });
    const smokeArgv = inputs.argv("smoke-command");
    const smokeTimeoutMs = inputs.duration("smoke-timeout", { fallback: 600_000, min: 1, max: 6 * 3_600_000 });
    const junitPath = inputs.optional("junit-path");
    if (junitPath !== undefined && smokeArgv === undefined) {
        fail("junit-path", `${label("junit-path")} needs ${label("smoke-command")} (the command that writes the report)`);
    }
    const baselineText = inputs.optional("baseline");
    let baseline;
    if (baselineText !== undefined) {
        const isJson = baselineText.startsWith("{");
        let text = baselineText;
        if (!isJson) {
            try {
                text = await options.readFile(options.resolvePath(workingDirectory, baselineText));
            }
            catch (error) {
                fail("baseline", `${label("baseline")}: cannot read ${JSON.stringify(baselineText)} (${errorMessage(error)}); give an earlier \`report\` as JSON or a path to a file holding it`);
            }
        }
        try {
            baseline = parseBaseline(text);
        }
        catch (error) {
            fail("baseline", `${label("baseline")}: ${isJson ? "the JSON" : JSON.stringify(baselineText)} is not a smoke report: ${errorMessage(error)}`);
        }
        if (endpoints.length === 0)
            fail("baseline", `${label("baseline")} compares endpoint latency: give ${label("endpoints")} too`);
    }
    // A floor under the relative thresholds: on a busy host, fresh containers answering in 6 ms one minute and
    // 14 ms the next are +130% but not degraded (seen in the deploy e2e). 25 ms is below any slowdown a user feels.
    const latencyToleranceMs = inputs.duration("latency-tolerance", { fallback: 25, min: 0, max: 600_000 });
    const failOn = inputs.enum("fail-on", FAIL_ON, "fail");
    if (endpoints.length === 0 && !useCompose && !redis && !smokeArgv) {
        fail("endpoints", `nothing to check: give ${label("endpoints")}, ${label("compose-file")} or ${label("compose-project")}, ${label("redis-url")}, or ${label("smoke-command")}`);
    }
    const smoke = {
        endpoints,
        expectStatus,
        expectJson,
        timeoutMs,
        requestTimeoutMs,
        successes,
        samples,
        maxIntervalMs,
        failFast,
        latencyToleranceMs,
        ...(useCompose ? { stack: { services, observeMs, pollMs: 500, logLines: 30 } } : {}),
        ...(redis ? { breaker: { timeoutMs: redisTimeoutMs } } : {}),
        ...(smokeArgv
            ? { smokeTests: { argv: smokeArgv, timeoutMs: smokeTimeoutMs, cwd: workingDirectory, junitPath } }
            : {}),
        ...(baseline ? { baseline } : {}),
    };
    return Object.freeze({
        smoke: Object.freeze(smoke),
        ...(useCompose
            ? {
                compose: {
                    files: composeFiles,
                    project: composeProject,
                    command: composeCommand,
                    cwd: workingDirectory,
                },
            }
            : {}),
        ...(redis ? { redis } : {}),
        failOn,
    });
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ../../packages/ops-core/dist/process/run-command.js
// Child processes, always as an argument array (never a shell string), always with a timeout, output
// bounded, and cancellable. Every adapter (compose, alembic, smoke and backup commands) goes through here.


/**
 * Runs `argv[0]` with the rest as arguments. Resolves with the result whatever the exit code; rejects only
 * when the program cannot be started (e.g. not installed), with a message saying which.
 */
const run_command_runCommand = (argv, options) => new Promise((resolve, reject) => {
    const [file, ...args] = argv;
    if (!file) {
        reject(new Error("runCommand: empty argument list"));
        return;
    }
    const max = options.maxOutputBytes ?? 4 * 1024 * 1024;
    const started = performance.now();
    const child = spawn(file, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: [options.input !== undefined ? "pipe" : "ignore", "pipe", "pipe"],
        shell: false,
    });
    const out = new BoundedBuffer(max);
    const err = new BoundedBuffer(max);
    child.stdout?.on("data", (chunk) => out.push(chunk));
    child.stderr?.on("data", (chunk) => err.push(chunk));
    if (options.input !== undefined)
        child.stdin?.end(options.input);
    let timedOut = false;
    let killTimer;
    const kill = () => {
        if (child.exitCode !== null || child.signalCode !== null)
            return;
        child.kill("SIGTERM");
        killTimer = setTimeout(() => child.kill("SIGKILL"), 2000);
        killTimer.unref();
    };
    const timer = setTimeout(() => {
        timedOut = true;
        kill();
    }, options.timeoutMs);
    timer.unref();
    const onAbort = () => kill();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (error) => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        const why = error.code === "ENOENT" ? `${file} is not installed or not on PATH` : error.message;
        reject(new TransientError(`could not run ${file}: ${why}`, { cause: error }));
    });
    child.on("close", (code, signal) => {
        clearTimeout(timer);
        if (killTimer)
            clearTimeout(killTimer);
        options.signal?.removeEventListener("abort", onAbort);
        resolve({
            argv,
            code,
            signal,
            stdout: out.text(),
            stderr: err.text(),
            timedOut,
            durationMs: performance.now() - started,
        });
    });
});
/** Keeps the last `max` bytes of a stream. */
class BoundedBuffer {
    chunks = [];
    size = 0;
    dropped = 0;
    max;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.max && this.chunks.length > 1) {
            const first = this.chunks.shift();
            this.size -= first.length;
            this.dropped += first.length;
        }
    }
    text() {
        let all = Buffer.concat(this.chunks);
        let dropped = this.dropped;
        if (all.length > this.max) {
            dropped += all.length - this.max;
            all = all.subarray(all.length - this.max);
        }
        const body = all.toString("utf8");
        return dropped > 0 ? `… ${dropped} earlier bytes not kept\n${body}` : body;
    }
}
/** A one-line description of how a command ended, for errors and summaries. */
function run_command_describeExit(result) {
    if (result.timedOut)
        return `timed out after ${Math.round(result.durationMs)} ms`;
    if (result.signal)
        return `killed by ${result.signal}`;
    return `exited with code ${result.code}`;
}
/** The line of a command's output that says what went wrong (the first error-looking one, else the last). */
function run_command_errorLine(output) {
    const lines = output
        .trim()
        .split("\n")
        .filter((l) => l.trim() !== "");
    return (lines.find((l) => /FAILED|Error|error/.test(l)) ?? lines.at(-1) ?? "no output").slice(0, 300);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/compose/command.js
// Which compose to run: the v2 plugin (`docker compose`) or the v1 program (`docker-compose`, the form the
// runbook uses and the one Debian ships). Configurable (input `compose-command`: auto | docker compose |
// docker-compose | any argv), otherwise detected by asking each for its version.


const command_V2_ARGV = (/* unused pure expression or super */ null && (["docker", "compose"]));
const command_V1_ARGV = (/* unused pure expression or super */ null && (["docker-compose"]));
/**
 * The version in `version --short` output (v1 and v2 both support it), or in the long form
 * (`docker-compose version 1.29.2, build unknown`, `Docker Compose version v2.29.7`). Pure.
 */
function parseComposeVersion(output) {
    for (const line of output.split("\n")) {
        const m = /^\s*(?:(?:docker-compose|Docker Compose) version\s+)?v?(\d+\.\d+\.\d+[\w.+-]*)/i.exec(line);
        if (m?.[1])
            return m[1].replace(/,$/, "");
    }
    return undefined;
}
/** v2 and later answer major ≥ 2. Pure. */
function flavorOf(version) {
    const major = Number.parseInt(version, 10);
    return Number.isFinite(major) && major >= 2 ? "v2" : "v1";
}
/**
 * Turns the `compose-command` input into an argv prefix: `auto` (or empty) → undefined (detect);
 * `docker compose`, `docker-compose`, or any words (`podman-compose`, `/opt/bin/docker compose`). Pure.
 */
function command_parseComposeCommand(value) {
    const text = value?.trim() ?? "";
    if (text === "" || text === "auto")
        return undefined;
    const words = splitWords(text);
    return words.length > 0 ? words : undefined;
}
async function command_probe(argv, o) {
    let result;
    try {
        result = await o.run([...argv, "version", "--short"], {
            timeoutMs: o.timeoutMs ?? 15_000,
            ...(o.env ? { env: o.env } : {}),
            ...(o.signal ? { signal: o.signal } : {}),
        });
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
    if (result.timedOut)
        return `\`${argv.join(" ")} version\` timed out`;
    const version = result.code === 0 ? parseComposeVersion(result.stdout) : undefined;
    if (!version) {
        const why = (result.stderr || result.stdout).trim().split("\n")[0] ?? "";
        return `\`${argv.join(" ")} version\` exited with ${result.code}${why ? `: ${why}` : ""}`;
    }
    return { argv, flavor: flavorOf(version), version };
}
/**
 * The compose to use. A configured command must answer `version`, or this throws a ConfigurationError
 * naming `compose-command`; auto tries `docker compose` then `docker-compose`.
 */
async function command_detectCompose(options) {
    if (options.command) {
        const found = await command_probe(options.command, options);
        if (typeof found !== "string")
            return found;
        throw new ConfigurationError(`compose command \`${options.command.join(" ")}\` does not work: ${found}`, {
            input: "compose-command",
        });
    }
    const v2 = await command_probe(command_V2_ARGV, options);
    if (typeof v2 !== "string")
        return v2;
    const v1 = await command_probe(command_V1_ARGV, options);
    if (typeof v1 !== "string")
        return v1;
    if (/timed out/.test(v2) && /timed out/.test(v1))
        throw new TransientError(`compose did not answer: ${v2}; ${v1}`);
    throw new ConfigurationError(`no compose found: neither \`docker compose\` (${v2}) nor \`docker-compose\` (${v1}) works; install one or set compose-command`, { input: "compose-command" });
}

// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(3483);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/compose/compose.js
// The compose adapter: one project (files, project name, DOCKER_HOST) driven through `docker compose` (v2)
// or `docker-compose` (v1) with argument arrays and a timeout on every call. Container state comes from
// `docker inspect` and logs from `docker logs`, which are the same whichever compose made the containers.
// DOCKER_HOST (unix://, tcp://, ssh://user@host) is passed through the environment to both programs.




/** A compose or docker command that exited non-zero. */
class ComposeCommandError extends Error {
    argv;
    code;
    stderr;
    constructor(message, result) {
        super(message);
        this.name = "ComposeCommandError";
        this.argv = result.argv;
        this.code = result.code;
        this.stderr = result.stderr;
    }
}
const DAEMON_DOWN = /Cannot connect to the Docker daemon|Couldn't connect to Docker daemon|error during connect|connection refused|Is the docker daemon running/i;
/** Throws the right error for a failed call: timeout or daemon unreachable → TransientError. */
function compose_checkResult(result, what) {
    if (result.timedOut) {
        throw new TransientError(`${what} timed out after ${Math.round(result.durationMs)} ms`);
    }
    if (result.code === 0)
        return result;
    const tail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-5).join("\n");
    const message = `${what} ${result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`}${tail ? `: ${tail}` : ""}`;
    if (DAEMON_DOWN.test(result.stderr))
        throw new TransientError(message);
    throw new ComposeCommandError(message, result);
}
/**
 * Service → image reference from `config` output (compose's normalised YAML, two-space indent; v1 and v2
 * shapes). Services without an `image:` are left out. Pure.
 */
function imagesFromConfig(yaml) {
    const out = {};
    let inServices = false;
    let service;
    for (const line of yaml.split("\n")) {
        if (/^\S/.test(line)) {
            inServices = /^services:\s*$/.test(line);
            service = undefined;
            continue;
        }
        if (!inServices)
            continue;
        const svc = /^ {2}([A-Za-z0-9][\w.-]*):\s*$/.exec(line);
        if (svc) {
            service = svc[1];
            continue;
        }
        const img = /^ {4}image:\s*['"]?([^'"\s]+)['"]?\s*$/.exec(line);
        if (img && service)
            out[service] = img[1];
    }
    return out;
}
/** Service → image and build from `config` output (v1 and v2 shapes), read with a YAML parser. Pure. */
function compose_servicesFromConfig(text) {
    const doc = parseYaml(text);
    const out = {};
    for (const [service, spec] of Object.entries(doc?.services ?? {})) {
        out[service] = {
            image: typeof spec?.image === "string" ? spec.image : undefined,
            build: spec?.build !== undefined && spec?.build !== null,
        };
    }
    return out;
}
function compose_createCompose(options) {
    const baseEnv = {
        ...(options.env ?? process.env),
        ...(options.dockerHost ? { DOCKER_HOST: options.dockerHost } : {}),
    };
    const defaultTimeout = options.timeoutMs ?? 120_000;
    const dockerArgv = options.docker ?? ["docker"];
    const files = options.files ?? [];
    const globalFlags = [
        ...files.flatMap((f) => ["-f", f]),
        ...(options.project ? ["-p", options.project] : []),
    ];
    let detected;
    const configured = options.command;
    // A configured command is used as given: asking it `version` first would cost a whole compose call
    // (0.7–0.85 s with v1) on every run. It is asked only when a call fails, to say what is wrong with it.
    const configuredArgv = configured && !("flavor" in configured) ? configured : undefined;
    const command = (signal) => {
        if (configured && "flavor" in configured)
            return Promise.resolve(configured);
        if (configuredArgv) {
            const v1 = configuredArgv.length === 1 && /(^|\/)docker-compose$/.test(configuredArgv[0] ?? "");
            return Promise.resolve({ argv: configuredArgv, flavor: v1 ? "v1" : "v2", version: "" });
        }
        detected ??= detectCompose({
            run: options.run,
            env: baseEnv,
            ...(signal ? { signal } : {}),
        }).catch((error) => {
            detected = undefined;
            throw error;
        });
        return detected;
    };
    /** After a failed call with a configured command: the command's own fault, if it is one. */
    const diagnose = async (error, signal) => {
        const refusedByCompose = error instanceof ComposeCommandError &&
            error.code !== 127 &&
            !/is not a docker command|unknown command|command not found/i.test(error.stderr);
        if (configuredArgv && !refusedByCompose) {
            await detectCompose({
                run: options.run,
                command: configuredArgv,
                env: baseEnv,
                ...(signal ? { signal } : {}),
            });
        }
        throw error;
    };
    const call = async (argv, o = {}, minTimeout = 0) => {
        const result = await options.run(argv, {
            timeoutMs: Math.max(o.timeoutMs ?? defaultTimeout, minTimeout),
            env: o.env ? { ...baseEnv, ...o.env } : baseEnv,
            ...(options.cwd ? { cwd: options.cwd } : {}),
            ...(o.signal ? { signal: o.signal } : {}),
        });
        return compose_checkResult(result, argv.slice(0, 4).join(" "));
    };
    const argv = async (args, signal) => [
        ...(await command(signal)).argv,
        ...globalFlags,
        ...args,
    ];
    // Which calls leave the containers as they were; any other invalidates the state memo.
    const READ_ONLY = new Set(["config", "ps", "version", "images", "logs", "top", "port"]);
    const stateMaxAge = options.stateMaxAgeMs ?? 0;
    let stateMemo;
    const exec = async (args, o = {}, minTimeout = 0) => {
        if (!READ_ONLY.has(args[0] ?? ""))
            stateMemo = undefined;
        try {
            return await call(await argv(args, o.signal), o, minTimeout).catch((e) => diagnose(e, o.signal));
        }
        finally {
            if (!READ_ONLY.has(args[0] ?? ""))
                stateMemo = undefined;
        }
    };
    // The label compose (v1 and v2) puts on a project's containers: the name lower-cased, other characters
    // than [a-z0-9_-] dropped. Listing by it is one `docker ps` (a Go program, ~0.1 s) instead of a
    // `compose ps` (v1 is a Python program: 0.7–0.85 s a call).
    const projectLabel = options.project?.toLowerCase().replace(/[^a-z0-9_-]/g, "");
    const docker = (args, o = {}) => call([...dockerArgv, ...args], o);
    const lines = (text) => text
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    const LONG = 15 * 60_000;
    const compose = {
        command,
        describe() {
            const what = configured && !("flavor" in configured) ? configured.join(" ") : "compose";
            return `${options.project ? `project ${options.project}` : "compose project"} (${what}${files.length ? ` -f ${files.join(" -f ")}` : ""})`;
        },
        argv: (args) => argv(args),
        exec: (args, o) => exec(args, o),
        async services(o) {
            return lines((await exec(["config", "--services"], o)).stdout);
        },
        async config(o) {
            return (await exec(["config"], o)).stdout;
        },
        async images(o) {
            return imagesFromConfig(await compose.config(o));
        },
        async up(o = {}) {
            const args = ["up", "-d"];
            if (o.noBuild ?? true)
                args.push("--no-build");
            if (o.noDeps)
                args.push("--no-deps");
            if (o.forceRecreate)
                args.push("--force-recreate");
            if (o.removeOrphans)
                args.push("--remove-orphans");
            await exec([...args, ...(o.services ?? [])], o, LONG);
        },
        async down(o = {}) {
            const args = ["down"];
            if (o.stopTimeoutS !== undefined)
                args.push("-t", String(o.stopTimeoutS));
            if (o.volumes)
                args.push("-v");
            if (o.removeOrphans)
                args.push("--remove-orphans");
            await exec(args, o, LONG);
        },
        async stop(services = [], o = {}) {
            await exec(["stop", ...(o.stopTimeoutS !== undefined ? ["-t", String(o.stopTimeoutS)] : []), ...services], o, LONG);
        },
        async remove(services, o = {}) {
            if (services.length === 0)
                throw new ConfigurationError("remove needs a service", { input: "service" });
            // `rm -f` (v1 and v2) removes stopped containers of the named services; nothing else is touched.
            // `-s` (v1 1.29 and v2) stops them first: `stop` and `rm` in one compose call.
            await exec(["rm", "-f", ...(o.stop ? ["-s"] : []), ...services], o, LONG);
        },
        async recreate(services = [], o = {}) {
            await exec(["up", "-d", "--no-deps", "--force-recreate", "--no-build", ...services], o, LONG);
        },
        async restart(service, o = {}) {
            const list = typeof service === "string" ? [service] : [...service];
            if (list.length === 0)
                throw new ConfigurationError("restart needs a service", { input: "service" });
            await exec(["restart", ...(o.stopTimeoutS !== undefined ? ["-t", String(o.stopTimeoutS)] : []), ...list], o);
        },
        async build(services = [], o = {}) {
            const args = ["build"];
            for (const [k, v] of Object.entries(o.buildArgs ?? {}))
                args.push("--build-arg", `${k}=${v}`);
            await exec([...args, ...services], o, LONG);
        },
        async pull(services = [], o = {}) {
            await exec(["pull", ...services], o, LONG);
        },
        async containerIds(o) {
            if (projectLabel) {
                const filters = [
                    `label=com.docker.compose.project=${projectLabel}`,
                    "label=com.docker.compose.oneoff=False",
                ];
                return lines((await docker(["ps", "-a", "-q", "--no-trunc", ...filters.flatMap((f) => ["--filter", f])], o))
                    .stdout);
            }
            // v2 lists only running containers without -a; v1 1.29 accepts -a too.
            return lines((await exec(["ps", "-a", "-q"], o)).stdout);
        },
        async ps(o) {
            const out = {};
            for (const [service, list] of Object.entries(byService(await compose.inspect(undefined, o)))) {
                out[service] = list.map((c) => c.id);
            }
            return out;
        },
        async inspect(ids, o) {
            const read = async () => {
                const list = ids ?? (await compose.containerIds(o));
                if (list.length === 0)
                    return [];
                return parseInspect((await docker(["inspect", ...list], o)).stdout);
            };
            if (ids !== undefined || stateMaxAge <= 0)
                return read();
            if (stateMemo && performance.now() - stateMemo.at <= stateMaxAge)
                return stateMemo.value;
            const memo = { at: performance.now(), value: read() };
            stateMemo = memo;
            memo.value.catch(() => {
                if (stateMemo === memo)
                    stateMemo = undefined;
            });
            return memo.value;
        },
        async state(o) {
            return byService(await compose.inspect(undefined, o));
        },
        async runningImages(o) {
            const out = {};
            for (const [service, list] of Object.entries(await compose.state(o))) {
                const pick = list.find((c) => c.running) ?? list[0];
                if (pick)
                    out[service] = pick.imageId;
            }
            return out;
        },
        async containerLogs(id, o = {}) {
            const args = ["logs", "--tail", String(o.tail ?? 200)];
            if (o.since)
                args.push("--since", o.since);
            if (o.timestamps)
                args.push("--timestamps");
            const result = await docker([...args, id], o);
            return [result.stdout, result.stderr].filter((s) => s.trim() !== "").join("\n");
        },
        async logs(services, o = {}) {
            const out = {};
            for (const [service, list] of Object.entries(await compose.state(o))) {
                if (services && !services.includes(service))
                    continue;
                const texts = await Promise.all(list.map((c) => compose.containerLogs(c.id, o)));
                out[service] = texts.filter((t) => t !== "").join("\n");
            }
            return out;
        },
        docker,
    };
    return compose;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/compose/images.js
// Release images on the engine: presence checks (a rollback must not start before its images are known
// to be there), tags, and retention (keep the newest N releases, never one that is protected or in use).

async function docker(o, args, check = true) {
    const argv = [...(o.docker ?? ["docker"]), ...args];
    const result = await o.run(argv, {
        timeoutMs: o.timeoutMs ?? 60_000,
        ...(o.env ? { env: o.env } : {}),
        ...(o.signal ? { signal: o.signal } : {}),
    });
    return check ? checkResult(result, argv.slice(0, 3).join(" ")) : result;
}
/** The image id (sha256:…) of a reference or id, or undefined when the engine does not have it. */
async function imageId(o, ref) {
    const result = await docker(o, ["image", "inspect", "--format", "{{.Id}}", ref], false);
    if (result.timedOut)
        checkResult(result, "docker image inspect");
    return result.code === 0 ? result.stdout.trim() || undefined : undefined;
}
/** Which of the references (or ids) exist on the engine. */
async function images_imagesPresent(o, refs) {
    const found = await Promise.all(refs.map(async (ref) => [ref, await imageId(o, ref)]));
    const ids = {};
    for (const [ref, id] of found)
        if (id)
            ids[ref] = id;
    return {
        present: found.filter(([, id]) => id).map(([ref]) => ref),
        missing: found.filter(([, id]) => !id).map(([ref]) => ref),
        ids,
    };
}
/** `docker tag source target`. */
async function tagImage(o, source, target) {
    await docker(o, ["tag", source, target]);
}
/** `repository:tag` → [repository, tag] (a registry port such as `host:5000/app` stays in the repository). Pure. */
function images_splitRef(ref) {
    const at = ref.indexOf("@");
    const name = at >= 0 ? ref.slice(0, at) : ref;
    const colon = name.lastIndexOf(":");
    if (colon > name.lastIndexOf("/"))
        return [name.slice(0, colon), name.slice(colon + 1)];
    return [name, "latest"];
}
/** The tagged images of a repository, newest first. */
async function listRepository(o, repository) {
    const listing = await docker(o, ["image", "ls", repository, "--format", "{{.Tag}}\t{{.ID}}"]);
    const rows = listing.stdout
        .split("\n")
        .map((l) => l.trim().split("\t"))
        .filter((r) => r.length === 2 && r[0] !== "" && r[0] !== "<none>");
    if (rows.length === 0)
        return [];
    const refs = rows.map(([tag]) => `${repository}:${tag}`);
    const inspected = await docker(o, ["image", "inspect", "--format", "{{.Id}}\t{{.Created}}", ...refs]);
    const lines = inspected.stdout.trim().split("\n");
    const images = refs.map((ref, i) => {
        const [id = "", created = ""] = (lines[i] ?? "").split("\t");
        return { ref, repository, tag: images_splitRef(ref)[1], id, created };
    });
    return images.sort((a, b) => Date.parse(b.created) - Date.parse(a.created) || b.tag.localeCompare(a.tag));
}
/** Which references to remove: everything beyond the newest `keep`, except protected or in-use ones. Pure. */
function planRetention(input) {
    const sorted = [...input.images].sort((a, b) => Date.parse(b.created) - Date.parse(a.created) || b.tag.localeCompare(a.tag));
    const protect = new Set(input.protectTags ?? []);
    const inUse = new Set(input.inUseIds ?? []);
    const keep = [];
    const remove = [];
    let kept = 0;
    for (const image of sorted) {
        if (protect.has(image.tag) || inUse.has(image.id)) {
            keep.push(image.ref);
        }
        else if (kept < Math.max(0, input.keep)) {
            kept += 1;
            keep.push(image.ref);
        }
        else {
            remove.push(image.ref);
        }
    }
    return { keep, remove };
}
/** Removes images by reference (untagging when another tag shares the id). Never forces. */
async function removeImages(o, refs) {
    const removed = [];
    const failed = [];
    for (const ref of refs) {
        const result = await docker(o, ["image", "rm", ref], false);
        if (result.code === 0)
            removed.push(ref);
        else
            failed.push({ ref, error: (result.stderr.trim() || `exit ${result.code}`).split("\n")[0] ?? "" });
    }
    return { removed, failed };
}
/** Ids of the images every container on the engine uses (running or not). */
async function imagesInUse(o) {
    const ids = (await docker(o, ["ps", "-a", "-q", "--no-trunc"])).stdout.split("\n").filter(Boolean);
    if (ids.length === 0)
        return [];
    const out = await docker(o, ["inspect", "--format", "{{.Image}}", ...ids]);
    return [...new Set(out.stdout.split("\n").filter(Boolean))];
}
/**
 * Release retention for several repositories (e.g. one per service): keeps the newest `keep` releases plus
 * the protected tags and anything a container uses; removes the rest. Returns what was removed.
 */
async function images_pruneReleases(o, input) {
    const inUseIds = await imagesInUse(o);
    const removed = [];
    const kept = [];
    const failed = [];
    for (const repository of input.repositories) {
        const images = await listRepository(o, repository);
        const plan = planRetention({ images, keep: input.keep, protectTags: input.protectTags ?? [], inUseIds });
        kept.push(...plan.keep);
        const result = await removeImages(o, plan.remove);
        removed.push(...result.removed);
        failed.push(...result.failed);
    }
    return { removed, kept, failed };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/adapters/compose.js
// ReleaseCompose on ops-core's compose adapter (../../compose/): detection of `docker compose` (v2) or
// `docker-compose` (v1), argv only, a timeout on every call, DOCKER_HOST honoured (passed through the
// environment), container state from `docker inspect`, logs from `docker logs`, image presence and
// retention. Release images are tagged by version through a variable the compose file uses
// (`image: app/signal:${RELEASE_VERSION}`, `${RELEASE_VERSION:?}` included), so a rollback starts the old
// tag and never rebuilds. Every compose call gets that variable: `config` and `ps` fail without it when
// the file uses the required form.
// Accessories (a database, Redis, a broker adapter with a volume, Grafana): services the release does not
// own, named by the `accessories` input or recognised because their `image:` does not use the variable
// and they have no `build:`. They are never built, pulled, stopped, recreated, retagged or pruned; both
// strategies stop and start the release services only (`--no-deps`), so a Redis holding the deploy lock
// and `cb:state` in the same project keeps running through every deploy and rollback.







function compose_composeAdapter(o) {
    const compose = createCompose({
        run: o.run,
        files: o.files,
        ...(o.project ? { project: o.project } : {}),
        cwd: o.cwd,
        env: o.env,
        ...(o.command === "auto" ? {} : { command: o.command === "docker compose" ? V2_ARGV : V1_ARGV }),
        timeoutMs: o.timeoutMs,
        // A run reads the containers before its change and after it; between its own calls nothing of the
        // release changes them, so a read is reused for a few seconds (any up/stop/rm/restart forgets it).
        stateMaxAgeMs: 10_000,
    });
    const docker = (timeoutMs) => ({ run: o.run, env: o.env, timeoutMs });
    const release = (version) => ({ [o.versionVariable]: version });
    const signalOf = (signal) => (signal ? { signal } : {});
    // A value no image ref holds by chance: a service whose image holds it uses the variable. The
    // configuration is read once per run, with the variable set to it; each version's refs are that text
    // with the version in its place (what compose's own interpolation would give), so a run asks `config`
    // one question however many versions it plans (the current, the new, a rollback target).
    const PROBE = "ops-version-probe-0";
    let probed;
    const configOnce = () => {
        probed ??= compose
            .config({ env: release(PROBE) })
            .then(servicesFromConfig)
            .catch((e) => {
            probed = undefined;
            throw e;
        });
        return probed;
    };
    const plans = new Map();
    const plan = async (version) => {
        const cached = plans.get(version);
        if (cached)
            return cached;
        const probe = await configOnce();
        const specs = {};
        for (const [service, spec] of Object.entries(probe)) {
            specs[service] = { ...spec, image: spec.image?.replaceAll(PROBE, version) };
        }
        const named = o.accessories ?? [];
        const unknown = named.filter((s) => !(s in specs));
        if (unknown.length > 0) {
            throw new ConfigurationError(`input \`accessories\`: ${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not a service of the compose file (services: ${Object.keys(specs).join(", ")})`, { input: "accessories" });
        }
        const result = { release: [], accessories: [], refs: {} };
        for (const [service, spec] of Object.entries(specs)) {
            const usesVariable = probe[service]?.image?.includes(PROBE) === true;
            if (named.includes(service)) {
                result.accessories.push({ service, image: spec.image, why: "accessories input" });
            }
            else if (spec.image !== undefined && !usesVariable && !spec.build) {
                result.accessories.push({
                    service,
                    image: spec.image,
                    why: `auto-detected: image ${spec.image} does not use \${${o.versionVariable}} and has no build`,
                });
            }
            else {
                result.release.push(service);
                if (spec.image !== undefined)
                    result.refs[service] = spec.image;
            }
        }
        if (result.release.length === 0) {
            throw new ConfigurationError(`the compose file has no release service: every service is an accessory (${result.accessories.map((a) => a.service).join(", ")}); tag the release's images with the version, e.g. image: app/signal:\${${o.versionVariable}}`, { input: "compose-file" });
        }
        const missing = result.release.filter((s) => result.refs[s] === undefined);
        if (missing.length > 0) {
            throw new ConfigurationError(`${missing.join(", ")}: no \`image:\`; tag the release's images with the version, e.g. image: app/signal:\${${o.versionVariable}}`, { input: "compose-file" });
        }
        const untagged = Object.entries(result.refs).filter(([, ref]) => !ref.endsWith(`:${version}`));
        if (untagged.length > 0) {
            throw new ConfigurationError(`release images must be tagged by version through \${${o.versionVariable}}: ${untagged.map(([s, r]) => `${s} → ${r}`).join(", ")} (or name the service in \`accessories\` if deploys must not touch it)`, { input: "compose-file" });
        }
        plans.set(version, result);
        return result;
    };
    const images = async (version) => (await plan(version)).refs;
    return {
        serviceNames: async () => Object.keys(await configOnce()),
        imageSource: o.source,
        async services(version) {
            const { release: services, accessories } = await plan(version);
            return { release: services, accessories };
        },
        async accessories(version) {
            const { accessories } = await plan(version);
            if (accessories.length === 0)
                return [];
            const state = await compose.state({ env: release(version) });
            return accessories.map((a) => {
                const list = state[a.service] ?? [];
                const c = list.find((x) => x.running) ?? list[0];
                return {
                    ...a,
                    containerId: c?.id,
                    running: c?.running === true,
                    health: c?.health ?? "none",
                    startedAt: c?.startedAt,
                };
            });
        },
        async prepareRelease(version, signal) {
            const { release: services, refs } = await plan(version);
            const call = { env: release(version), ...signalOf(signal), timeoutMs: Math.max(o.timeoutMs, 900_000) };
            // Only the release services: an accessory's pinned image is never rebuilt or pulled.
            if (o.source === "build")
                await compose.build(services, call);
            else
                await compose.pull(services, call);
            const out = {};
            // One `docker image inspect` per image, side by side (not one after the other).
            const { ids } = await imagesPresent(docker(20_000), Object.values(refs));
            for (const [service, ref] of Object.entries(refs)) {
                const id = ids[ref];
                if (!id)
                    throw new Error(`image ${ref} for ${service} is missing after ${o.source}`);
                out[service] = { ref, id };
            }
            return out;
        },
        async imagesPresent(refs) {
            const { present, missing } = await imagesPresent(docker(20_000), refs);
            return { present, missing };
        },
        async up(version, { strategy, services, signal }) {
            const call = { env: release(version), ...signalOf(signal) };
            const targets = services?.length ? services : (await plan(version)).release;
            // `down-up` is the runbook's `down && up -d` for the release services only: `down` would stop the
            // accessories too (Redis, and the deploy lock in it, gone mid-deploy). `rm -f -s` stops and removes
            // them in one compose call, as `down` does: two calls, like the runbook.
            if (strategy === "down-up")
                await compose.remove(targets, { ...call, stop: true });
            await compose.up({ ...call, services: targets, noDeps: true });
        },
        async restart(services, signal, version) {
            const v = version ?? o.env[o.versionVariable];
            const call = { ...(v !== undefined ? { env: release(v) } : {}), ...signalOf(signal) };
            const targets = services?.length ? services : v !== undefined ? (await plan(v)).release : [];
            await compose.exec(["restart", ...targets], call);
        },
        async runningImages(version) {
            const out = {};
            for (const [service, list] of Object.entries(await compose.state({ env: release(version) }))) {
                const live = list.find((c) => c.running || c.restarting);
                if (live)
                    out[service] = live.image;
            }
            return out;
        },
        async logs(services, sinceIso, tail, version) {
            return compose.logs(services, { since: sinceIso, tail, timeoutMs: 20_000, env: release(version) });
        },
        async composeFileHash() {
            const hash = createHash("sha256");
            for (const f of o.files.length ? o.files : ["docker-compose.yml"])
                hash.update(await readFile(resolve(o.cwd, f)));
            return `sha256:${hash.digest("hex")}`;
        },
        async pruneReleases(keep, protect) {
            const current = protect[0];
            if (!current)
                return [];
            // The release services' repositories only: an accessory's image is never a release to prune.
            const repositories = [...new Set(Object.values(await images(current)).map((r) => splitRef(r)[0]))];
            const { removed } = await pruneReleases(docker(60_000), { repositories, keep, protectTags: protect });
            return removed;
        },
    };
}

// EXTERNAL MODULE: ../../packages/ops-core/dist/release/adapters/github.js
var github = __nccwpck_require__(3067);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/migrations/graph.js
// The revision graph read from the migration files themselves (no Python needed): each file's revision,
// down_revision(s) and message, and what its downgrade() drops — a rollback refuses destructive downgrades
// unless confirmed. Also: heads, and the ordered path between two revisions (pending migrations, the
// migrations a downgrade undoes).



const STRING = /^\s*[rbuf]?(['"])([^'"]*)\1\s*(?:#.*)?$/;
/** A Python value of `down_revision`: `"0002"`, `None`, `("a", "b")`, `["a", "b"]`. Pure. */
function parseRevisionValue(text) {
    const t = text.trim().replace(/\s*#.*$/, "");
    if (t === "None" || t === "")
        return [];
    const single = STRING.exec(t);
    if (single)
        return [single[2]];
    return [...t.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]);
}
/** The body of a top-level `def name(...)` (up to the next top-level statement). Pure. */
function functionBody(source, name) {
    const lines = source.split("\n");
    const start = lines.findIndex((l) => new RegExp(`^def ${name}\\s*\\(`).test(l));
    if (start < 0)
        return undefined;
    const body = [];
    for (const line of lines.slice(start + 1)) {
        if (/^\S/.test(line) && !line.startsWith("#"))
            break;
        body.push(line);
    }
    return body.join("\n");
}
/**
 * What a downgrade body drops: `op.drop_table("t")`, `op.drop_column("t", "c")`, `batch_op.drop_column("c")`
 * inside `op.batch_alter_table("t")`, and raw `DROP TABLE`/`DROP COLUMN`/`DELETE FROM`/`TRUNCATE` in SQL
 * strings. Comments are ignored. Pure.
 */
function destructiveOperations(body) {
    const code = body
        .split("\n")
        .map((l) => l.replace(/(^|\s)#.*$/, ""))
        .join("\n");
    const out = [];
    for (const m of code.matchAll(/\bdrop_table\(\s*(?:table_name\s*=\s*)?['"]([^'"]+)['"]/g))
        out.push(`drop_table ${m[1]}`);
    for (const m of code.matchAll(/\bop\.drop_column\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]+)['"]/g)) {
        out.push(`drop_column ${m[1]}.${m[2]}`);
    }
    // batch_op.drop_column("c") inside `with op.batch_alter_table("t") as batch_op:`
    const lines = code.split("\n");
    let batchTable;
    let batchIndent = -1;
    for (const line of lines) {
        const indent = line.search(/\S/);
        if (indent >= 0 && batchTable !== undefined && indent <= batchIndent)
            batchTable = undefined;
        const open = /batch_alter_table\(\s*['"]([^'"]+)['"]/.exec(line);
        if (open) {
            batchTable = open[1];
            batchIndent = indent;
        }
        for (const m of line.matchAll(/\b\w+\.drop_column\(\s*['"]([^'"]+)['"]\s*[,)]/g)) {
            if (/\bop\.drop_column\(/.test(line))
                continue;
            out.push(`drop_column ${batchTable ? `${batchTable}.` : ""}${m[1]}`);
        }
    }
    for (const m of code.matchAll(/\bDROP\s+(TABLE|COLUMN)\s+(?:IF\s+EXISTS\s+)?["`[]?(\w+)/gi)) {
        out.push(`drop_${m[1].toLowerCase()} ${m[2]}`);
    }
    for (const m of code.matchAll(/\b(DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+["`[]?(\w+)/gi)) {
        out.push(`${m[1].toLowerCase().replace(/\s+/g, " ")} ${m[2]}`);
    }
    return [...new Set(out)];
}
/** One migration file's text → its node, or undefined when it declares no revision. Pure. */
function parseMigrationFile(file, source) {
    const rev = /^revision(?:\s*:\s*[^=\n]+)?\s*=\s*(.+)$/m.exec(source);
    const down = /^down_revision(?:\s*:\s*[^=\n]+)?\s*=\s*(.+)$/m.exec(source);
    if (!rev)
        return undefined;
    const revision = parseRevisionValue(rev[1])[0];
    if (!revision)
        return undefined;
    const doc = /^\s*(?:[rbu]?"""|[rbu]?''')\s*([^\n]*?)\s*(?:"""|'''|$)/m.exec(source)?.[1]?.trim();
    return {
        revision,
        downRevisions: down ? parseRevisionValue(down[1]) : [],
        file,
        ...(doc ? { message: doc } : {}),
        destructiveDowngrade: destructiveOperations(functionBody(source, "downgrade") ?? ""),
    };
}
/** Builds the graph; throws a ConfigurationError on a duplicate revision or a parent that does not exist. Pure. */
function buildGraph(migrations) {
    const nodes = new Map();
    for (const m of migrations) {
        const seen = nodes.get(m.revision);
        if (seen) {
            throw new ConfigurationError(`revision ${m.revision} is declared twice: ${seen.file} and ${m.file}`, {
                input: "migrations",
            });
        }
        nodes.set(m.revision, m);
    }
    const parents = new Set();
    for (const m of nodes.values()) {
        for (const d of m.downRevisions) {
            if (!nodes.has(d)) {
                throw new ConfigurationError(`revision ${m.revision} (${m.file}) revises ${d}, which no file declares`, {
                    input: "migrations",
                });
            }
            parents.add(d);
        }
    }
    const sorted = [...nodes.keys()].sort();
    return {
        nodes,
        heads: sorted.filter((r) => !parents.has(r)),
        bases: sorted.filter((r) => (nodes.get(r)?.downRevisions.length ?? 0) === 0),
    };
}
/** Every ancestor of `revision` (itself included). */
function ancestors(graph, revision) {
    const out = new Set();
    const stack = [revision];
    while (stack.length > 0) {
        const r = stack.pop();
        if (out.has(r))
            continue;
        out.add(r);
        stack.push(...(graph.nodes.get(r)?.downRevisions ?? []));
    }
    return out;
}
/**
 * The migrations between `from` (exclusive; null = the empty database) and `to` (inclusive), oldest first:
 * what `upgrade to` applies from `from`. Reversed, it is what `downgrade from` undoes to reach `to`.
 * Throws when `from` is not an ancestor of `to`, or a revision is unknown. Pure.
 */
function graph_migrationsBetween(graph, from, to) {
    for (const r of [from, to]) {
        if (r !== null && !graph.nodes.has(r)) {
            throw new ConfigurationError(`unknown revision ${r}: no migration file declares it`, {
                input: "revision",
            });
        }
    }
    const upTo = ancestors(graph, to);
    if (from !== null && !upTo.has(from)) {
        throw new ConfigurationError(`revision ${from} is not an ancestor of ${to}`, { input: "revision" });
    }
    const done = from === null ? new Set() : ancestors(graph, from);
    const wanted = [...upTo].filter((r) => !done.has(r));
    // Topological order: parents first (ties by id for a stable result).
    const out = [];
    const placed = new Set(done);
    while (out.length < wanted.length) {
        const ready = wanted
            .filter((r) => !placed.has(r))
            .filter((r) => (graph.nodes.get(r)?.downRevisions ?? []).every((d) => placed.has(d)))
            .sort();
        const next = ready[0];
        if (!next)
            break;
        placed.add(next);
        out.push(graph.nodes.get(next));
    }
    return out;
}
/** The versions folders named by alembic.ini (`script_location`/versions, or `version_locations`). */
async function versionDirectories(directory, config = "alembic.ini") {
    const iniPath = resolve(directory, config);
    const ini = await readFile(iniPath, "utf8").catch((error) => {
        throw new ConfigurationError(`cannot read ${iniPath}: is the Alembic directory right?`, {
            input: "alembic-directory",
            cause: error,
        });
    });
    const section = /^\[alembic\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(ini)?.[1] ?? "";
    const option = (name) => new RegExp(`^${name}\\s*=\\s*(.+)$`, "m").exec(section)?.[1]?.trim();
    const here = (p) => resolve(directory, p.replaceAll("%(here)s", resolve(directory)));
    const locations = option("version_locations");
    if (locations) {
        const separator = option("version_path_separator");
        const parts = separator === "os" || separator === ":"
            ? locations.split(":")
            : separator === ";"
                ? locations.split(";")
                : locations.split(/[\s,]+/);
        return parts.filter(Boolean).map(here);
    }
    const script = option("script_location");
    if (!script)
        throw new ConfigurationError(`${iniPath} has no script_location`, { input: "alembic-directory" });
    if (script.includes(":") && !script.startsWith("/") && !script.includes("%(here)s")) {
        throw new ConfigurationError(`script_location ${script} names a package; give a folder`, {
            input: "alembic-directory",
        });
    }
    return [join(here(script), "versions")];
}
/** Reads every migration file of the project in `directory` (the folder holding alembic.ini). */
async function graph_readMigrations(directory, config = "alembic.ini") {
    const out = [];
    for (const dir of await versionDirectories(directory, config)) {
        const files = (await readdir(dir).catch(() => []))
            .filter((f) => f.endsWith(".py") && !f.startsWith("__"))
            .sort();
        for (const f of files) {
            const path = join(dir, f);
            const info = parseMigrationFile(path, await readFile(path, "utf8"));
            if (info)
                out.push(info);
        }
    }
    return out;
}
/** readMigrations + buildGraph. */
async function graph_readGraph(directory, config = "alembic.ini") {
    return buildGraph(await graph_readMigrations(directory, config));
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/migrations/alembic.js
// The Alembic CLI through runCommand (argument arrays, a timeout on every call). Alembic 1.8 facts this
// relies on: INFO lines go to stderr; `current` prints `0003 (head)` (one line per head, nothing at base);
// a refused command (unknown revision, `downgrade -1` at base, several heads for `head`) exits 255 with
// `FAILED: …`; a migration that raises exits 1 with a traceback. `current --check-heads` does not exist
// in 1.8, so heads are checked with `heads`.






/** Alembic refused the command (exit 255, `FAILED: …`): unknown revision, several heads, bad config. */
class AlembicFailedError extends Error {
    argv;
    reason;
    output;
    constructor(command, reason, result) {
        super(`alembic ${command} failed: ${reason}`);
        this.name = "AlembicFailedError";
        this.argv = result.argv;
        this.reason = reason;
        this.output = joinOutput(result);
    }
}
/** A migration raised (exit 1): which step was running, and the exception's last line. */
class MigrationError extends Error {
    argv;
    /** The step running when it failed, e.g. { from: "0003", to: "0004", direction: "upgrade" }. */
    step;
    /** The exception line, e.g. `sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) no such table: x`. */
    exception;
    output;
    constructor(command, step, exception, result) {
        const where = step ? ` in ${step.direction} ${step.from ?? "<base>"} -> ${step.to ?? "<base>"}` : "";
        super(`alembic ${command} failed${where}: ${exception}`);
        this.name = "MigrationError";
        this.argv = result.argv;
        this.step = step;
        this.exception = exception;
        this.output = joinOutput(result);
    }
}
/** Several heads where exactly one is required. */
class MultipleHeadsError extends errors/* RefusalError */.XQ {
    heads;
    constructor(heads) {
        super(`Alembic has ${heads.length} heads (${heads.join(", ")}): merge them (alembic merge heads) before deploying`, [`alembic heads: ${heads.join(", ")}`]);
        this.heads = heads;
    }
}
function joinOutput(result) {
    return [result.stdout, result.stderr].filter((s) => s.trim() !== "").join("\n");
}
/** `0003 (head)` lines → revisions (in order, no duplicates). Pure. */
function parseRevisions(stdout) {
    const out = [];
    for (const line of stdout.split("\n")) {
        const m = /^([0-9A-Za-z_]+)(?:\s+\(|\s*$)/.exec(line.trim());
        if (m?.[1] && !out.includes(m[1]))
            out.push(m[1]);
    }
    return out;
}
/** `Running upgrade 0001 -> 0002, message` INFO lines → steps. Pure. */
function parseSteps(output) {
    const steps = [];
    for (const m of output.matchAll(/Running (upgrade|downgrade) ([^\s,]*) -> ([^\s,]*)(?:, (.*))?$/gm)) {
        const rev = (r) => (r && r !== "" ? r : null);
        steps.push({
            direction: m[1],
            from: rev(m[2]),
            to: rev(m[3]),
            ...(m[4] ? { message: m[4].trim() } : {}),
        });
    }
    return steps;
}
/** The `FAILED: …` reason (stdout or stderr). Pure. */
function failedReason(output) {
    return /^FAILED: (.+)$/m.exec(output)?.[1]?.trim();
}
/** The exception line at the end of a Python traceback. Pure. */
function exceptionLine(output) {
    const lines = output
        .split("\n")
        .map((l) => l.trimEnd())
        .filter((l) => l.trim() !== "");
    const tb = lines.findLastIndex((l) => l.startsWith("Traceback"));
    const after = tb >= 0 ? lines.slice(tb + 1) : lines;
    const exception = after
        .filter((l) => /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)?:\s/.test(l))
        .at(-1);
    return exception ?? lines.at(-1) ?? "no output";
}
function alembic_createAlembic(options) {
    const prefix = [
        ...(options.command ?? ["alembic"]),
        ...(options.config ? ["-c", options.config] : []),
        ...Object.entries(options.x ?? {}).flatMap(([k, v]) => ["-x", `${k}=${v}`]),
    ];
    const argv = (args) => [...prefix, ...args];
    const raw = async (args, signal) => {
        let result;
        try {
            result = await options.run(argv(args), {
                cwd: options.directory,
                timeoutMs: options.timeoutMs ?? 300_000,
                ...(options.env ? { env: options.env } : {}),
                ...(signal ? { signal } : {}),
            });
        }
        catch (error) {
            throw new ConfigurationError(`cannot run ${prefix[0]}: ${error instanceof Error ? error.message : String(error)}`, {
                input: "alembic-command",
                cause: error,
            });
        }
        if (result.timedOut)
            throw new TransientError(`alembic ${args.join(" ")} ${describeExit(result)}`);
        return result;
    };
    /** Runs and classifies a failure: 255 + FAILED → AlembicFailedError; otherwise MigrationError. */
    const checked = async (args, signal) => {
        const result = await raw(args, signal);
        if (result.code === 0)
            return result;
        const output = joinOutput(result);
        const command = args.join(" ");
        const reason = failedReason(output);
        if (reason !== undefined || result.code === 255) {
            throw new AlembicFailedError(command, reason ?? exceptionLine(output), result);
        }
        if (result.code === 1 && /Traceback/.test(output)) {
            throw new MigrationError(command, parseSteps(output).at(-1), exceptionLine(output), result);
        }
        if (result.code === 2) {
            throw new ConfigurationError(`alembic ${command} was refused as bad usage: ${exceptionLine(output)}`, {
                input: "alembic-command",
            });
        }
        throw new MigrationError(command, parseSteps(output).at(-1), `${describeExit(result)}: ${exceptionLine(output)}`, result);
    };
    const migrate = async (args, signal) => {
        const result = await checked(args, signal);
        const output = joinOutput(result);
        return { steps: parseSteps(output), output, durationMs: result.durationMs };
    };
    const alembic = {
        directory: options.directory,
        config: options.config ?? "alembic.ini",
        argv,
        raw,
        async currentRevisions(signal) {
            return parseRevisions((await checked(["current"], signal)).stdout);
        },
        async current(signal) {
            const revisions = await alembic.currentRevisions(signal);
            if (revisions.length > 1)
                throw new MultipleHeadsError(revisions);
            return revisions[0] ?? null;
        },
        async heads(signal) {
            return parseRevisions((await checked(["heads"], signal)).stdout);
        },
        async requireSingleHead(signal) {
            const heads = await alembic.heads(signal);
            if (heads.length === 0)
                throw new ConfigurationError("Alembic found no revisions (no head)", { input: "alembic-directory" });
            if (heads.length > 1)
                throw new MultipleHeadsError(heads);
            return heads[0];
        },
        upgrade: (target = "head", signal) => migrate(["upgrade", target], signal),
        downgrade: (target, signal) => migrate(["downgrade", target], signal),
        async history(signal) {
            return (await checked(["history"], signal)).stdout;
        },
        withDatabase(url) {
            return alembic_createAlembic({
                ...options,
                x: { ...options.x, db_url: url },
                env: { ...(options.env ?? process.env), DATABASE_URL: url },
            });
        },
    };
    return alembic;
}
/**
 * Runs the migration test on a scratch database: upgrade head, downgrade to the previous head (default:
 * the revision the starting database was at, i.e. what production runs now), upgrade head again, checking
 * `current` after each step. Stops at the first failing step; never throws for a failing migration.
 */
async function testMigrations(alembic, options = {}) {
    let dir;
    let url = options.scratchUrl;
    if (!url) {
        dir = await mkdtemp(join(tmpdir(), "ops-migration-test-"));
        const path = join(dir, "scratch.db");
        if (options.sqliteSource)
            await copyFile(options.sqliteSource, path);
        url = `sqlite:///${path}`;
    }
    const db = alembic.withDatabase(url);
    const steps = [];
    let head;
    let previousHead = options.previousHead;
    try {
        head = await db.requireSingleHead(options.signal);
        if (previousHead === undefined) {
            previousHead = await db.current(options.signal);
            // An empty scratch database: go back to the head's parent (the previous release's head).
            if (previousHead === null) {
                const graph = await readGraph(alembic.directory, alembic.config);
                previousHead = graph.nodes.get(head)?.downRevisions[0] ?? null;
            }
        }
        const plan = [
            { name: "upgrade head", target: "head", direction: "upgrade", expect: head },
            {
                name: `downgrade ${previousHead ?? "base"} (previous head)`,
                target: previousHead ?? "base",
                direction: "downgrade",
                expect: previousHead,
            },
            { name: "upgrade head again", target: "head", direction: "upgrade", expect: head },
        ];
        for (const step of plan) {
            const started = performance.now();
            const args = [step.direction, step.target];
            try {
                if (step.direction === "upgrade")
                    await db.upgrade(step.target, options.signal);
                else
                    await db.downgrade(step.target, options.signal);
                const revision = await db.current(options.signal);
                const ok = revision === step.expect;
                steps.push({
                    name: step.name,
                    argv: db.argv(args),
                    ok,
                    durationMs: performance.now() - started,
                    revision,
                    ...(ok
                        ? {}
                        : {
                            error: `expected revision ${step.expect ?? "base"}, the database is at ${revision ?? "base"}`,
                        }),
                });
                if (!ok)
                    break;
            }
            catch (error) {
                let revision;
                try {
                    revision = await db.current(options.signal);
                }
                catch {
                    revision = undefined;
                }
                steps.push({
                    name: step.name,
                    argv: db.argv(args),
                    ok: false,
                    durationMs: performance.now() - started,
                    revision,
                    error: error instanceof Error ? error.message : String(error),
                });
                break;
            }
        }
    }
    catch (error) {
        steps.push({
            name: "read heads and current revision",
            argv: db.argv(["heads"]),
            ok: false,
            durationMs: 0,
            revision: undefined,
            error: error instanceof Error ? error.message : String(error),
        });
    }
    finally {
        if (dir && !options.keep)
            await rm(dir, { recursive: true, force: true });
    }
    return { ok: steps.length === 3 && steps.every((s) => s.ok), head, previousHead, steps, scratchUrl: url };
}
/** The database's revision, the single head, and the migrations between them (from the files). */
async function pendingMigrations(alembic, signal) {
    const head = await alembic.requireSingleHead(signal);
    const current = await alembic.current(signal);
    const graph = await readGraph(alembic.directory, alembic.config);
    return { current, head, pending: migrationsBetween(graph, current, head) };
}
/**
 * What `downgrade target` would undo from `from` (newest first), with each downgrade's destructive
 * operations: the rollback refuses a destructive downgrade unless confirmed.
 */
async function downgradePlan(alembic, from, target) {
    const graph = await readGraph(alembic.directory, alembic.config);
    const undo = migrationsBetween(graph, target, from).reverse();
    return {
        undo,
        destructive: undo
            .filter((m) => m.destructiveDowngrade.length > 0)
            .map((m) => ({ revision: m.revision, operations: m.destructiveDowngrade })),
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/adapters/migrations.js
// ReleaseMigrations on the Alembic CLI (argv, never a shell; every call with a timeout) and on the
// migration files themselves: the revision graph and what each downgrade drops are read from the files
// of the code checked out now (the newer code, which still has the migrations a rollback undoes).
// The adapter delegates to ops-core/src/migrations/ (H-docker); the pure parsers below are this module's
// own reading of the same files, kept as tested helpers.



const PY_STRING = /^\s*['"]([^'"]+)['"]\s*$/;
/** `"0002"`, `None`, `("a", "b")` → revisions. Pure. */
function parseDownRevision(text) {
    const t = text.trim();
    if (t === "None" || t === "")
        return [];
    const single = PY_STRING.exec(t);
    if (single)
        return [single[1]];
    return [...t.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]);
}
/** What a downgrade body drops: op.drop_table, op.drop_column, batch drop_column, raw DROP in op.execute. Pure. */
function destructiveOps(downgradeBody) {
    const out = [];
    for (const m of downgradeBody.matchAll(/\bdrop_table\(\s*['"]([^'"]+)['"]/g))
        out.push(`drop_table ${m[1]}`);
    for (const m of downgradeBody.matchAll(/\bop\.drop_column\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]+)['"]/g)) {
        out.push(`drop_column ${m[1]}.${m[2]}`);
    }
    for (const m of downgradeBody.matchAll(/\bbatch_op\.drop_column\(\s*['"]([^'"]+)['"]/g))
        out.push(`drop_column ${m[1]}`);
    for (const m of downgradeBody.matchAll(/\bDROP\s+(TABLE|COLUMN)\s+(?:IF\s+EXISTS\s+)?["`]?(\w+)/gi)) {
        out.push(`drop ${m[1].toLowerCase()} ${m[2]}`);
    }
    for (const m of downgradeBody.matchAll(/\b(DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+["`]?(\w+)/gi)) {
        out.push(`${m[1].toLowerCase().replace(/\s+/g, " ")} ${m[2]}`);
    }
    return [...new Set(out)];
}
/** One migration file → its node in the graph. Pure. */
function migrations_parseMigrationFile(file, text) {
    const rev = /^revision(?:\s*:\s*[^=]+)?\s*=\s*(.+)$/m.exec(text);
    const down = /^down_revision(?:\s*:\s*[^=]+)?\s*=\s*(.+)$/m.exec(text);
    if (!rev || !down)
        return undefined;
    const revision = PY_STRING.exec(rev[1])?.[1];
    if (!revision)
        return undefined;
    const downgrade = /^def downgrade\([^)]*\)[^:]*:\n([\s\S]*?)(?=^\S|(?![\s\S]))/m.exec(text)?.[1] ?? "";
    const message = /^"""([^\n]*?)(?:"""|$)/m.exec(text)?.[1]?.trim();
    return {
        revision,
        downRevisions: parseDownRevision(down[1]),
        file,
        ...(message ? { message } : {}),
        destructiveDowngrade: destructiveOps(downgrade),
    };
}
/** `0003 (head)` / `0003 (head) (effective head)` lines → revisions. Pure. */
function parseRevisionLines(stdout) {
    return stdout
        .split("\n")
        .map((l) => /^([0-9A-Za-z_]+)\b/.exec(l.trim())?.[1])
        .filter((r) => r !== undefined && r !== "INFO");
}
/**
 * The port over ops-core/migrations (H-docker's Alembic adapter and file graph): a failed migration or an
 * unknown revision is `{ok: false}` with Alembic's own words, not a throw — the engine decides.
 */
function migrations_alembicAdapter(o) {
    const alembic = createAlembic({
        run: o.run,
        directory: o.directory,
        command: o.command,
        ...(o.config ? { config: o.config } : {}),
        ...(o.env ? { env: o.env } : {}),
        timeoutMs: o.timeoutMs,
    });
    const step = async (fn) => {
        try {
            const r = await fn();
            return { ok: true, output: r.output };
        }
        catch (e) {
            const output = e.output;
            return { ok: false, output: [output, errorMessage(e)].filter(Boolean).join("\n") };
        }
    };
    // Asked once per run each: `current` until a migration runs (upgrade or downgrade, even a failed one,
    // makes the next read ask Alembic again: a verification reads the database, never the memo), `heads`
    // once (the files do not change during a run). An Alembic call costs ~0.5 s.
    let current;
    let heads;
    const once = (value, forget) => {
        value.catch(forget);
        return value;
    };
    const migrate = async (fn) => {
        current = undefined;
        try {
            return await step(fn);
        }
        finally {
            current = undefined;
        }
    };
    return {
        current: (signal) => {
            current ??= once(alembic.current(signal), () => {
                current = undefined;
            });
            return current;
        },
        heads: () => {
            heads ??= once(alembic.heads(), () => {
                heads = undefined;
            });
            return heads;
        },
        graph: () => readMigrations(o.directory, o.config ?? "alembic.ini"),
        upgrade: (target, signal) => migrate(() => alembic.upgrade(target, signal)),
        downgrade: (target, signal) => migrate(() => alembic.downgrade(target, signal)),
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/clients.js
// The real adapters behind the smoke ports: the stack through the compose adapter (compose/: docker compose
// v2 or docker-compose v1, `docker inspect`, `docker logs`), the breaker through the state module on
// ioredis. Both are created only when a run asks for them, and the Redis side is loaded lazily, so a run
// without `redis-url` never loads ioredis.



const DOCKER_TIMEOUT_MS = 20_000;
/** The compose adapter's container, as the stack check reads it. Pure. */
function containerState(c) {
    return {
        service: c.service,
        id: c.id,
        name: c.name,
        status: c.status,
        running: c.running,
        restarting: c.restarting,
        oomKilled: c.oomKilled,
        exitCode: c.exitCode,
        health: c.health,
        restartCount: c.restartCount,
        startedAt: c.startedAt,
        finishedAt: c.finishedAt,
        ...(c.startPeriodMs !== undefined ? { startPeriodMs: c.startPeriodMs } : {}),
        ...(c.health === "unhealthy" && c.healthLog !== undefined ? { healthLog: c.healthLog } : {}),
    };
}
/** The stack port over the compose adapter (the command is detected on first use when `auto`). */
function clients_composeStackPort(options, run) {
    const compose = createCompose({
        run,
        files: options.files,
        project: options.project,
        cwd: options.cwd,
        env: options.env,
        command: parseComposeCommand(options.command),
        timeoutMs: DOCKER_TIMEOUT_MS,
    });
    const label = `${options.project ? `project ${options.project}` : "compose project"}${options.files.length ? ` (${options.files.join(", ")})` : ""}`;
    return {
        description: label,
        services: (signal) => compose.services({ signal }),
        async containers(signal) {
            return (await compose.inspect(undefined, { signal })).map(containerState);
        },
        logs: (id, lines, signal) => compose.containerLogs(id, { tail: lines, signal }),
    };
}
/**
 * The state port on Redis, through the state module (loaded on first use, with ioredis). Each read
 * connects, reads the four keys in one MGET, and closes, within `timeoutMs`.
 */
function clients_redisStatePort(url, options) {
    return {
        description: redactUrl(url),
        async read() {
            const { readOperationalState } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2576));
            const state = await readOperationalState(url, {
                keyPrefix: options.keyPrefix,
                deadlineMs: options.timeoutMs,
                connectTimeoutMs: options.timeoutMs,
                commandTimeoutMs: options.timeoutMs,
                input: "redis-url",
            });
            if (state.error !== undefined)
                throw new Error(state.error);
            return {
                cbState: state.raw.breaker,
                tripReason: state.tripReason,
                lastReset: state.lastReset,
                killSwitch: state.raw.killSwitch,
            };
        },
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/breaker.js
// The circuit breaker and the kill switch, read from Redis through a narrow port. Only the exact string
// `OPEN` (the runbook's normal state) passes; `TRIPPED` fails with its reason; anything else, or no key,
// fails too. The kill switch is reported. Redis unreachable is a verdict within `timeoutMs`, never a hang.

/** Judges what was read. Pure. */
function judgeBreaker(state, where) {
    const killSwitch = {
        active: state.killSwitch === "true" ? true : state.killSwitch === "false" ? false : undefined,
        raw: state.killSwitch,
    };
    const base = {
        checked: true,
        where,
        state: state.cbState,
        tripReason: state.tripReason,
        lastReset: state.lastReset,
        reachable: true,
        killSwitch,
    };
    if (state.cbState === "OPEN")
        return { ...base, verdict: "pass", reason: "circuit breaker OPEN (normal)" };
    if (state.cbState === "TRIPPED") {
        return {
            ...base,
            verdict: "fail",
            reason: `circuit breaker TRIPPED: ${state.tripReason ?? "no cb:trip_reason recorded"}`,
        };
    }
    if (state.cbState === null)
        return { ...base, verdict: "fail", reason: "circuit breaker state unknown: cb:state is not set" };
    return {
        ...base,
        verdict: "fail",
        reason: `circuit breaker state ${JSON.stringify(state.cbState.slice(0, 40))} is not OPEN`,
    };
}
/**
 * Reads and judges, giving up after `timeoutMs` (measured with the injected sleep) with an explicit
 * "unreachable" verdict; the read is aborted then, so an adapter can close its connection.
 */
async function breaker_checkBreaker(port, options, signal) {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    const done = new AbortController();
    try {
        const timedOut = options.sleep(options.timeoutMs, done.signal).then(() => {
            if (done.signal.aborted)
                return undefined;
            controller.abort(new Error(`no answer within ${options.timeoutMs} ms`));
            throw new Error(`no answer within ${options.timeoutMs} ms`);
        });
        const state = await Promise.race([port.read(controller.signal), timedOut]);
        if (state === undefined)
            throw new Error("aborted");
        return judgeBreaker(state, port.description);
    }
    catch (error) {
        const message = errorMessage(error);
        return {
            checked: true,
            verdict: "fail",
            reason: `Redis unreachable at ${port.description}: ${message}; circuit breaker and kill switch unknown`,
            where: port.description,
            state: undefined,
            tripReason: undefined,
            lastReset: undefined,
            reachable: false,
            error: message,
            killSwitch: { active: undefined, raw: undefined },
        };
    }
    finally {
        done.abort();
        signal?.removeEventListener("abort", onAbort);
    }
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/endpoints.js
// Waits for one endpoint to be healthy: retries with exponential backoff and full jitter until the overall
// deadline, `successes` consecutive healthy answers required, then `samples` latency samples. All
// endpoints run concurrently (checkEndpoints). Time, sleep and randomness are injected.




/**
 * Probes one endpoint until it is healthy or `deadline` (a clock reading) passes, or `stop` aborts.
 */
async function endpoints_checkEndpoint(endpoint, policy, deps, deadline, stop) {
    const started = deps.clock();
    let attempts = 0;
    let requests = 0;
    let consecutive = 0;
    let failureStreak = 0;
    let last;
    let lastError;
    let healthyAfterMs;
    const report = (verdict, reason, samplesMs = []) => ({
        name: endpoint.name,
        url: redactUrl(endpoint.url),
        verdict,
        reason,
        status: last?.status,
        attempts,
        requests,
        healthyAfterMs,
        lastError,
        body: last?.body,
        latency: summarizeLatency(samplesMs),
        samplesMs: samplesMs.map((n) => Math.round(n * 100) / 100),
    });
    const request = async () => {
        const remaining = deadline - deps.clock();
        const result = await probe(endpoint.url, policy.expect, {
            timeoutMs: Math.max(1, Math.ceil(Math.min(policy.requestTimeoutMs, remaining))),
            signal: stop,
            get: deps.get,
            clock: deps.clock,
        });
        requests++;
        // A request the deadline cut short says nothing new: keep the evidence of the last real answer.
        const cutShort = !result.ok &&
            result.status === undefined &&
            remaining < policy.requestTimeoutMs &&
            deps.clock() >= deadline;
        if (cutShort && last !== undefined)
            return result;
        last = result;
        if (!result.ok)
            lastError = result.error;
        return result;
    };
    let flaps = 0;
    let samples = [];
    for (;;) {
        // Phase 1: until `successes` healthy answers in a row.
        for (;;) {
            if (stop?.aborted)
                return report("stopped", stoppedReason(attempts, last));
            if (deps.clock() >= deadline)
                return report("fail", failReason(attempts, last, deps.clock() - started, flaps));
            const result = await request();
            attempts++;
            if (stop?.aborted && !result.ok)
                return report("stopped", stoppedReason(attempts, last));
            let delay;
            if (result.ok) {
                consecutive++;
                failureStreak = 0;
                if (consecutive >= policy.successes)
                    break;
                delay = policy.confirmIntervalMs;
            }
            else {
                consecutive = 0;
                failureStreak++;
                delay = fullJitterDelay(failureStreak, { baseMs: policy.baseIntervalMs, capMs: policy.maxIntervalMs }, deps.random);
            }
            const remaining = deadline - deps.clock();
            if (remaining <= 0)
                continue;
            await deps.sleep(Math.min(delay, remaining), stop);
        }
        healthyAfterMs = Math.round(deps.clock() - started);
        // Phase 2: latency samples, one after the other (concurrent requests would measure each other). A
        // failed sample means it was not healthy after all: back to waiting, the samples thrown away.
        samples = [];
        let flapped = false;
        while (samples.length < policy.samples) {
            if (stop?.aborted || deps.clock() >= deadline) {
                const why = stop?.aborted ? "it was stopped early" : "the deadline";
                return report("inconclusive", `healthy, but only ${samples.length} of ${policy.samples} latency samples before ${why}`, samples);
            }
            const result = await request();
            // A sample cut short by the deadline (or a stop) says nothing about health: loop to the verdict above.
            if (!result.ok && (stop?.aborted || deps.clock() >= deadline))
                continue;
            if (!result.ok) {
                flapped = true;
                break;
            }
            samples.push(result.latencyMs);
        }
        if (!flapped)
            break;
        flaps++;
        consecutive = 0;
        failureStreak = 1;
        healthyAfterMs = undefined;
        const pause = fullJitterDelay(1, { baseMs: policy.baseIntervalMs, capMs: policy.maxIntervalMs }, deps.random);
        await deps.sleep(Math.max(0, Math.min(pause, deadline - deps.clock())), stop);
    }
    const flapNote = flaps > 0 ? ` (failed again ${flaps} time(s) while sampled: ${lastError})` : "";
    return report("pass", `healthy after ${attempts} attempt(s)${policy.samples > 0 ? `, ${samples.length} latency samples` : ""}${flapNote}`, samples);
}
function failReason(attempts, last, elapsedMs, flaps) {
    const seconds = `${Math.round(elapsedMs / 100) / 10}s`;
    if (attempts === 0)
        return "not probed before the deadline";
    const flapping = flaps > 0 ? ` (it was healthy ${flaps} time(s) but failed again while sampled)` : "";
    const why = last?.ok ? "not enough consecutive healthy answers" : (last?.error ?? "unknown error");
    return `not healthy after ${attempts} attempt(s) in ${seconds}: ${why}${flapping}`;
}
function stoppedReason(attempts, last) {
    return `not healthy yet after ${attempts} attempt(s) when another check failed${last?.error ? `: ${last.error}` : ""}`;
}
/** Every endpoint at once; the reports come back in input order. */
function checkEndpoints(endpoints, policy, deps, deadline, stop) {
    return Promise.all(endpoints.map((e) => endpoints_checkEndpoint(e, policy, deps, deadline, stop)));
}

// EXTERNAL MODULE: ../../packages/ops-core/dist/action/safe-text.js
var safe_text = __nccwpck_require__(9985);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/smoke-tests.js
// The runbook's `pytest tests/e2e/test_smoke.py`: a command run without a shell, with a timeout; its exit
// code decides, and a JUnit report (when given) adds counts and the names of the failing tests.





async function smoke_tests_runSmokeTests(policy, deps, signal) {
    const argv = [...policy.argv];
    const base = { checked: true, argv };
    let result;
    try {
        result = await deps.run(argv, { timeoutMs: policy.timeoutMs, cwd: policy.cwd, env: policy.env, signal });
    }
    catch (error) {
        return {
            ...base,
            verdict: "fail",
            reason: `smoke tests could not start: ${errorMessage(error)}`,
            exitCode: null,
            timedOut: false,
            durationMs: 0,
            outputTail: "",
        };
    }
    const output = [result.stdout, result.stderr].filter((s) => s.trim() !== "").join("\n");
    const report = {
        ...base,
        verdict: result.code === 0 && !result.timedOut ? "pass" : "fail",
        reason: "",
        exitCode: result.code,
        timedOut: result.timedOut,
        durationMs: Math.round(result.durationMs),
        outputTail: keepEnd(tailLines(output, policy.outputLines), 8_000),
    };
    if (policy.junitPath) {
        const path = deps.resolvePath(policy.cwd, policy.junitPath);
        try {
            report.junit = parseJunit(await deps.readFile(path));
        }
        catch (error) {
            report.junitError = `${policy.junitPath}: ${errorMessage(error)}`;
        }
    }
    const j = report.junit;
    const counts = j
        ? `${j.passed} passed, ${j.failures} failed, ${j.errors} errors, ${j.skipped} skipped`
        : undefined;
    if (report.verdict === "pass" && j && j.failures + j.errors > 0) {
        // The exit code said yes, the report says no: believe the failures.
        report.verdict = "fail";
        report.reason = `smoke tests exited 0 but the JUnit report lists failures (${counts})`;
    }
    else if (report.verdict === "pass" && report.junitError) {
        report.verdict = "fail";
        report.reason = `smoke tests passed but their JUnit report could not be read: ${report.junitError}`;
    }
    else if (report.verdict === "pass" && j && j.tests === 0) {
        report.verdict = "fail";
        report.reason = "smoke tests exited 0 but ran no test";
    }
    else if (report.verdict === "pass") {
        report.reason = `smoke tests passed${counts ? ` (${counts})` : ""} in ${Math.round(result.durationMs / 100) / 10}s`;
    }
    else {
        const names = j?.failed.slice(0, 5).map((f) => f.name) ?? [];
        report.reason = `smoke tests ${describeExit(result)}${counts ? ` (${counts})` : ""}${names.length ? `: ${names.join(", ")}${(j?.failed.length ?? 0) > names.length ? ", …" : ""}` : ""}`;
    }
    return report;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/stack.js
// The stack as `docker-compose ps` and `docker inspect` show it. A service fails the check when it is
// missing, not running, restarting, unhealthy, exited non-zero, OOM-killed, or when its restart count
// rises while we watch; the evidence includes the last lines of its logs. Reads through a narrow port.


/** At most this many characters of a failed service's log tail are kept. */
const LOG_TAIL_CHARS = 8_000;
/**
 * What is wrong with one service now, given its container(s) now and at the first look. Final problems
 * mean something crashed or stopped; the others (health check starting or unhealthy, container created)
 * may still clear before the deadline.
 */
function serviceProblems(now, first) {
    if (now.length === 0)
        return [{ text: "no container: the service is missing", final: true }];
    const problems = [];
    for (const c of now) {
        const who = now.length > 1 ? `${c.name}: ` : "";
        const before = first?.find((f) => f.id === c.id);
        if (before && c.restartCount > before.restartCount) {
            problems.push({
                text: `${who}restarted ${c.restartCount - before.restartCount} time(s) during the check (restart count ${before.restartCount} → ${c.restartCount})`,
                final: true,
            });
        }
        if (c.oomKilled)
            problems.push({ text: `${who}killed for running out of memory (OOMKilled)`, final: true });
        if (c.restarting || c.status === "restarting") {
            problems.push({
                text: `${who}restarting: crash loop (exit code ${c.exitCode}, restart count ${c.restartCount})`,
                final: true,
            });
        }
        else if (c.status === "exited" || c.status === "dead") {
            problems.push({
                text: `${who}${c.status} with code ${c.exitCode}${c.exitCode === 0 ? ", not running" : ""}`,
                final: true,
            });
        }
        else if (c.status === "created") {
            problems.push({ text: `${who}created but not started`, final: false });
        }
        else if (!c.running) {
            problems.push({ text: `${who}not running (${c.status})`, final: true });
        }
        else if (c.health === "unhealthy") {
            const last = c.healthLog?.trim().split("\n").at(-1);
            problems.push({ text: `${who}unhealthy${last ? `: ${last}` : ""}`, final: false });
        }
        else if (c.health === "starting") {
            problems.push({ text: `${who}health check still starting`, final: false });
        }
    }
    return problems;
}
/**
 * Watches the stack until every expected service passes and `observeMs` has gone by, a service fails for
 * good (crash, restart, OOM, exit, missing), the deadline passes, or `stop` aborts. Problems that may clear
 * (health starting, unhealthy) fail only at the deadline. Failed services get the tail of their logs.
 */
async function stack_checkStack(port, policy, deps, deadline, stop) {
    const started = deps.clock();
    let first;
    let inspections = 0;
    /** Final problems stay, even if a later look no longer shows them. */
    const finals = new Map();
    try {
        const expected = policy.expected.length > 0 ? [...policy.expected] : await port.services(stop);
        for (;;) {
            const containers = await port.containers(stop);
            inspections++;
            first ??= containers;
            const judged = expected.map((service) => {
                const mine = containers.filter((c) => c.service === service);
                const problems = serviceProblems(mine, first?.filter((c) => c.service === service));
                for (const p of problems.filter((p) => p.final)) {
                    const seen = finals.get(service) ?? [];
                    if (!seen.includes(p.text))
                        seen.push(p.text);
                    finals.set(service, seen);
                }
                return { service, problems, containers: mine };
            });
            const elapsed = deps.clock() - started;
            const allPass = judged.every((j) => j.problems.length === 0);
            const out = deps.clock() >= deadline;
            const stopped = stop?.aborted === true;
            if (finals.size > 0 || (allPass && elapsed >= policy.observeMs) || out || stopped) {
                const services = await Promise.all(judged.map(async (j) => {
                    const final = finals.get(j.service) ?? [];
                    const waiting = out ? j.problems.filter((p) => !p.final).map((p) => p.text) : [];
                    const problems = [...new Set([...final, ...waiting])];
                    const failed = problems.length > 0;
                    const c = j.containers[0];
                    const before = first?.find((f) => f.id === c?.id);
                    return {
                        service: j.service,
                        verdict: failed ? "fail" : "pass",
                        problems,
                        container: c?.name,
                        status: c?.status,
                        health: c?.health,
                        exitCode: c?.exitCode,
                        restartCount: c?.restartCount,
                        restartCountAtStart: before?.restartCount,
                        oomKilled: c?.oomKilled,
                        startedAt: c?.startedAt,
                        logTail: failed && c ? await safeLogs(port, c.id, policy.logLines, stop) : undefined,
                    };
                }));
                const failed = services.filter((s) => s.verdict === "fail");
                const result = (verdict, reason) => ({
                    checked: true,
                    description: port.description,
                    verdict,
                    reason,
                    services,
                    inspections,
                    first: first ?? [],
                });
                if (failed.length > 0)
                    return result("fail", describeFailures(failed));
                if (stopped && (!allPass || elapsed < policy.observeMs)) {
                    const waiting = judged.filter((j) => j.problems.length > 0).map((j) => j.service);
                    return result("stopped", `stopped early because another check failed${waiting.length ? ` (still waiting for ${waiting.join(", ")})` : ""}`);
                }
                const watched = policy.observeMs > 0 ? `, no restart in ${Math.round(elapsed / 100) / 10}s` : "";
                return result("pass", `${services.length} service(s) running${watched}`);
            }
            const untilObserved = allPass ? Math.max(1, policy.observeMs - elapsed) : policy.pollMs;
            const wait = Math.min(policy.pollMs, untilObserved, Math.max(1, deadline - deps.clock()));
            await deps.sleep(wait, stop);
        }
    }
    catch (error) {
        // A read cut short because another check failed (fail-fast) is a stop, not a finding.
        if (stop?.aborted) {
            return {
                checked: true,
                description: port.description,
                verdict: "stopped",
                reason: "stopped early because another check failed",
                services: [],
                inspections,
                first: first ?? [],
            };
        }
        return {
            checked: true,
            description: port.description,
            verdict: "fail",
            reason: `could not read the stack: ${errorMessage(error)}`,
            services: [],
            inspections,
            error: errorMessage(error),
            first: first ?? [],
        };
    }
}
function describeFailures(failed) {
    return failed.map((s) => `${s.service}: ${s.problems.join("; ")}`).join(" · ");
}
/** One more look after everything else ran (the smoke tests may have crashed something). */
async function stack_recheckStack(port, report, logLines, signal) {
    const { first, ...base } = report;
    if (report.verdict !== "pass")
        return base;
    let containers;
    try {
        containers = await port.containers(signal);
    }
    catch (error) {
        return {
            ...base,
            verdict: "fail",
            reason: `could not read the stack again: ${errorMessage(error)}`,
            error: errorMessage(error),
        };
    }
    const services = await Promise.all(base.services.map(async (s) => {
        const now = containers.filter((c) => c.service === s.service);
        const problems = serviceProblems(now, first.filter((c) => c.service === s.service));
        const c = now[0];
        if (problems.length === 0)
            return { ...s, restartCount: c?.restartCount ?? s.restartCount };
        return {
            ...s,
            verdict: "fail",
            problems: problems.map((p) => p.text),
            status: c?.status,
            health: c?.health,
            exitCode: c?.exitCode,
            restartCount: c?.restartCount,
            oomKilled: c?.oomKilled,
            logTail: c ? await safeLogs(port, c.id, logLines, signal) : undefined,
        };
    }));
    const failed = services.filter((s) => s.verdict === "fail");
    const inspections = base.inspections + 1;
    if (failed.length === 0)
        return { ...base, services, inspections };
    return {
        ...base,
        services,
        inspections,
        verdict: "fail",
        reason: `at the final look: ${describeFailures(failed)}`,
    };
}
async function safeLogs(port, id, lines, signal) {
    try {
        // Lines can be long: the tail is bounded in characters too (it goes into the report and the summary).
        return keepEnd(await port.logs(id, lines, signal), LOG_TAIL_CHARS);
    }
    catch (error) {
        return `(could not read the logs: ${errorMessage(error)})`;
    }
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/smoke.js
// "Is production OK right now?" — the runbook's health checks, `docker-compose ps`, `redis-cli GET
// cb:state` and `pytest tests/e2e/test_smoke.py`, as one function of (inputs, deps) → report. Endpoints,
// stack and breaker are checked at once; a check that fails for good stops the others waiting (fail-fast);
// smoke tests run only when those passed; the stack gets a last look at the end; latency is compared with
// a baseline. Used by actions/smoke, `ops smoke`, and the deploy and rollback engines.








/** Backoff after a failed probe starts at this ceiling and doubles; also the wait between confirmations. */
const BASE_INTERVAL_MS = 50;
const notConfigured = { checked: false, reason: "not configured" };
async function smoke_runSmoke(inputs, deps) {
    const startedAt = deps.now();
    const started = deps.clock();
    const deadline = started + inputs.timeoutMs;
    const log = deps.logger;
    if (inputs.stack && !deps.stack)
        throw new Error("runSmoke: inputs.stack is set but no stack port was given");
    if (inputs.breaker && !deps.state)
        throw new Error("runSmoke: inputs.breaker is set but no state port was given");
    // `stop` ends every wait: when the run is cancelled, or (fail-fast) when a check has failed for good.
    const stop = new AbortController();
    const onCancel = () => stop.abort(deps.signal?.reason);
    if (deps.signal?.aborted)
        onCancel();
    deps.signal?.addEventListener("abort", onCancel, { once: true });
    const failed = (why) => {
        if (inputs.failFast && !stop.signal.aborted) {
            log?.info(`failing fast: ${why}`);
            stop.abort(new Error(why));
        }
    };
    try {
        const policy = {
            expect: { status: inputs.expectStatus, json: inputs.expectJson },
            requestTimeoutMs: inputs.requestTimeoutMs,
            successes: inputs.successes,
            samples: inputs.samples,
            baseIntervalMs: Math.min(BASE_INTERVAL_MS, inputs.maxIntervalMs),
            maxIntervalMs: inputs.maxIntervalMs,
            confirmIntervalMs: Math.min(BASE_INTERVAL_MS, inputs.maxIntervalMs),
        };
        const endpointDeps = { get: deps.get, clock: deps.clock, sleep: deps.sleep, random: deps.random };
        // The containers behind the endpoints (an endpoint named after its service): read in the background at
        // most once a second, so a probe never waits on docker; until the first read they are unknown.
        let containers;
        let lastRead = Number.NEGATIVE_INFINITY;
        let reading = false;
        const containerFacts = (service) => {
            const port = deps.stack;
            if (!port)
                return undefined;
            if (!reading && deps.clock() - lastRead >= 1000) {
                reading = true;
                lastRead = deps.clock();
                port
                    .containers(stop.signal)
                    .then((list) => {
                    containers = list;
                })
                    .catch(() => undefined)
                    .finally(() => {
                    reading = false;
                });
            }
            const mine = containers?.filter((c) => c.service === service) ?? [];
            if (mine.length === 0)
                return undefined;
            const live = mine.find((c) => c.running);
            const started = live?.startedAt ? Date.parse(live.startedAt) : Number.NaN;
            const readyAt = Number.isNaN(started) ? undefined : started + (live?.startPeriodMs ?? 0);
            return { running: live !== undefined, ready: readyAt === undefined || deps.now().getTime() >= readyAt };
        };
        const hardAfterMs = inputs.failFastAfterMs ?? 0;
        const endpointsDone = Promise.all(inputs.endpoints.map(async (endpoint) => {
            const began = deps.clock();
            // Each endpoint stops on the shared stop, or on its own hard failure.
            const own = new AbortController();
            const relay = () => own.abort(stop.signal.reason);
            if (stop.signal.aborted)
                relay();
            stop.signal.addEventListener("abort", relay, { once: true });
            const watch = hardAfterMs > 0 ? new HardFailureWatch(hardAfterMs) : undefined;
            let hard;
            const get = watch
                ? async (url, o) => {
                    let outcome = { kind: "other" };
                    try {
                        const answer = await deps.get(url, o);
                        outcome = { kind: "answer", status: answer.status };
                        return answer;
                    }
                    catch (error) {
                        if (networkCode(error) === "ECONNREFUSED")
                            outcome = { kind: "refused" };
                        throw error;
                    }
                    finally {
                        if (!hard && !own.signal.aborted) {
                            hard = watch.record(outcome, deps.clock(), containerFacts(endpoint.name));
                            if (hard)
                                own.abort(new Error(`${endpoint.name}: hard failure`));
                        }
                    }
                }
                : deps.get;
            let r = await checkEndpoint(endpoint, policy, { ...endpointDeps, get }, deadline, own.signal);
            stop.signal.removeEventListener("abort", relay);
            if (hard && r.verdict !== "pass") {
                r = {
                    ...r,
                    verdict: "fail",
                    reason: `${hard.what} (expected ${inputs.expectStatus.text}) on every probe for ${seconds(hard.forMs)}, ${hard.tries} tries (fail-fast-after ${seconds(hardAfterMs)})${HARD_FAILURE_SUFFIX}`,
                };
            }
            const report = { ...r, durationMs: Math.round(deps.clock() - began) };
            logEndpoint(log, report);
            if (report.verdict === "fail")
                failed(`${report.name} is not healthy`);
            return report;
        }));
        const stackDone = inputs.stack && deps.stack
            ? checkStack(deps.stack, {
                expected: inputs.stack.services,
                observeMs: inputs.stack.observeMs,
                pollMs: inputs.stack.pollMs,
                logLines: inputs.stack.logLines,
            }, { clock: deps.clock, sleep: deps.sleep }, deadline, stop.signal).then((r) => {
                log?.info(`stack: ${r.verdict} — ${r.reason}`);
                if (r.verdict === "fail")
                    failed("a service failed");
                return r;
            })
            : undefined;
        const breakerDone = inputs.breaker && deps.state
            ? checkBreaker(deps.state, { timeoutMs: inputs.breaker.timeoutMs, sleep: deps.sleep }, deps.signal).then((r) => {
                log?.info(`breaker: ${r.verdict} — ${r.reason}`);
                if (r.verdict === "fail")
                    failed("the circuit breaker check failed");
                return r;
            })
            : undefined;
        const [endpoints, stackFirst, breaker] = await Promise.all([endpointsDone, stackDone, breakerDone]);
        const cancelled = () => deps.signal?.aborted === true;
        // Smoke tests only make sense against a healthy stack.
        const healthFailed = endpoints.some((e) => e.verdict === "fail" || e.verdict === "stopped") ||
            (stackFirst !== undefined && stackFirst.verdict !== "pass") ||
            breaker?.verdict === "fail";
        let smokeTests = notConfigured;
        if (inputs.smokeTests && cancelled())
            smokeTests = { checked: false, reason: "skipped: the run was cancelled" };
        else if (inputs.smokeTests && healthFailed)
            smokeTests = { checked: false, reason: "skipped: the health checks failed" };
        else if (inputs.smokeTests) {
            log?.info(`smoke tests: running ${inputs.smokeTests.argv.join(" ")}`);
            smokeTests = await runSmokeTests({ ...inputs.smokeTests, outputLines: 40 }, { run: deps.run, ...deps.files }, deps.signal);
            log?.info(`smoke tests: ${smokeTests.verdict} — ${smokeTests.reason}`);
        }
        // A last look at the stack: did anything restart while the tests ran?
        let services = notConfigured;
        if (stackFirst && deps.stack) {
            services = cancelled()
                ? (({ first: _, ...rest }) => rest)(stackFirst)
                : await recheckStack(deps.stack, stackFirst, inputs.stack?.logLines ?? 30, deps.signal);
        }
        let degradation = notConfigured;
        if (inputs.baseline) {
            degradation = compareWithBaseline(endpoints.map((e) => ({ name: e.name, samplesMs: e.samplesMs })), inputs.baseline, inputs.latencyToleranceMs);
        }
        return finishReport({
            startedAt: startedAt.toISOString(),
            finishedAt: deps.now().toISOString(),
            durationMs: Math.round(deps.clock() - started),
            cancelled: cancelled(),
            settings: {
                timeoutMs: inputs.timeoutMs,
                requestTimeoutMs: inputs.requestTimeoutMs,
                successes: inputs.successes,
                samples: inputs.samples,
                expectStatus: inputs.expectStatus.text,
                expectJson: inputs.expectJson.map((c) => `${c.path}=${c.value}`),
            },
            endpoints,
            services,
            breaker: breaker ?? notConfigured,
            smokeTests,
            degradation,
        });
    }
    finally {
        deps.signal?.removeEventListener("abort", onCancel);
    }
}
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
function logEndpoint(log, r) {
    if (!log)
        return;
    const latency = r.latency.samples ? ` p50 ${r.latency.p50Ms} ms, p95 ${r.latency.p95Ms} ms` : "";
    const line = `${r.name}: ${r.verdict} — ${r.reason}${latency}`;
    if (r.verdict === "pass") {
        log.info(line);
        return;
    }
    log.warning(line);
    // The body is evidence; the logger makes each line inert (a body line cannot act as a workflow command).
    if (r.body)
        log.info(`${r.name} answered (status ${r.status ?? "none"}):\n${r.body}`);
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/adapters/smoke.js
// ReleaseSmoke over the smoke core (health/): one runSmoke per check, its report reduced to what a
// release decision needs (verdict, degradation, crash loops, breaker, failing services, evidence).







/** The smoke report as a release sees it. Pure. */
function healthFromSmoke(report) {
    const evidence = [report.headline];
    for (const e of report.endpoints) {
        const latency = e.latency.samples ? ` (p50 ${e.latency.p50Ms} ms over ${e.latency.samples} samples)` : "";
        evidence.push(`${e.name}: ${e.verdict} — ${e.reason}${latency}`);
    }
    const crashLooping = [];
    const failingServices = [];
    if (report.services.checked) {
        for (const s of report.services.services) {
            if (s.verdict !== "fail")
                continue;
            failingServices.push(s.service);
            evidence.push(`service ${s.service}: ${s.problems.join("; ")}`);
            const rose = s.restartCount !== undefined &&
                s.restartCountAtStart !== undefined &&
                s.restartCount > s.restartCountAtStart;
            if (rose || s.status === "restarting" || s.problems.some((p) => /restart/i.test(p)))
                crashLooping.push(s.service);
        }
    }
    // An endpoint named after a service points at it for log tails.
    const serviceNames = report.services.checked ? report.services.services.map((s) => s.service) : [];
    for (const e of report.endpoints) {
        if (e.verdict !== "pass" && serviceNames.includes(e.name) && !failingServices.includes(e.name))
            failingServices.push(e.name);
    }
    let breaker;
    if (report.breaker.checked) {
        breaker = report.breaker.state ?? undefined;
        evidence.push(`breaker: ${report.breaker.verdict} — ${report.breaker.reason}`);
    }
    if (report.smokeTests.checked)
        evidence.push(`smoke tests: ${report.smokeTests.verdict} — ${report.smokeTests.reason}`);
    let degradationPct;
    if (report.degradation.checked) {
        const tolerance = report.degradation.toleranceMs;
        const compared = report.degradation.endpoints.filter((e) => e.change !== undefined);
        // A slowdown within the tolerance is noise (0.4 ms → 0.9 ms on loopback is +125%), as the smoke
        // core's own verdict says: it never counts as degradation.
        const within = (e) => e.currentP50Ms !== undefined &&
            e.baselineP50Ms !== undefined &&
            e.currentP50Ms - e.baselineP50Ms <= (tolerance ?? 0);
        const beyond = compared.filter((e) => !within(e)).map((e) => e.change);
        if (compared.length > 0)
            degradationPct = Math.max(0, ...beyond) * 100;
        evidence.push(`degradation: ${report.degradation.verdict} — ${report.degradation.reason}`);
    }
    return {
        verdict: report.verdict,
        ...(degradationPct !== undefined ? { degradationPct } : {}),
        crashLooping,
        breaker,
        failingServices,
        evidence,
        causes: causesOf(report),
        raw: report,
    };
}
/** The baseline from an earlier check: the HealthReport the engine kept (its `raw`), or a smoke report. */
function baselineOf(earlier) {
    const r = (earlier?.raw ?? earlier);
    if (!r || !Array.isArray(r.endpoints))
        return undefined;
    return {
        takenAt: r.finishedAt,
        endpoints: r.endpoints.map((e) => ({ name: e.name, samplesMs: e.samplesMs })),
    };
}
function smoke_smokeAdapter(config, run, logger, options = {}) {
    // One stack port per release version: `config`/`ps` interpolate the compose file (`${VAR:?}` fails
    // without the variable).
    const stacks = new Map();
    let serviceNames;
    const remembered = (names) => {
        names.catch(() => {
            serviceNames = undefined;
        });
        return names;
    };
    const stackFor = (version) => {
        if (!config.compose)
            return undefined;
        const key = version ?? "";
        let port = stacks.get(key);
        if (!port) {
            const env = {
                ...(options.env ?? process.env),
                ...(version !== undefined && options.versionVariable ? { [options.versionVariable]: version } : {}),
            };
            const inner = composeStackPort({ ...config.compose, env }, run);
            // The file's services do not change during a run, whichever version: `config --services` once.
            port = {
                ...inner,
                services: (signal) => (serviceNames ??= remembered(options.serviceNames ? options.serviceNames() : inner.services(signal))),
            };
            stacks.set(key, port);
        }
        return port;
    };
    const state = config.redis
        ? redisStatePort(config.redis.url, {
            keyPrefix: config.redis.keyPrefix,
            timeoutMs: config.smoke.breaker?.timeoutMs ?? 3_000,
        })
        : undefined;
    return {
        async check({ baseline, signal, purpose, version }) {
            const fromBaseline = baselineOf(baseline);
            const { breaker: breakerCheck, ...rest } = config.smoke;
            const inputs = {
                ...rest,
                ...(options.failFastAfterMs !== undefined ? { failFastAfterMs: options.failFastAfterMs } : {}),
                ...(breakerCheck && purpose !== "rollback" ? { breaker: breakerCheck } : {}),
                ...(fromBaseline && !config.smoke.baseline ? { baseline: fromBaseline } : {}),
            };
            const stack = stackFor(version);
            const report = await runSmoke(inputs, {
                get: fetchGet,
                clock: realClock,
                sleep: realSleep,
                random: Math.random,
                now: () => new Date(),
                ...(stack ? { stack } : {}),
                ...(state && purpose !== "rollback" ? { state } : {}),
                run,
                files: {
                    readFile: (p) => readFile(p, "utf8"),
                    resolvePath: (cwd, p) => resolve(cwd ?? process.cwd(), p),
                },
                logger,
                ...(signal ? { signal } : {}),
            });
            return healthFromSmoke(report);
        },
    };
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __nccwpck_require__(6698);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/calls.js
// A run's calls: every child process (compose, docker, alembic, smoke and integrity commands) and every
// GitHub or Redis round trip, timed and attributed to the timeline step running when it started. A call
// made outside any step becomes a step of its own, so the timeline accounts for every second the run
// spends waiting on something. The report carries the totals per kind (the bench prints them).


/** The step running in this async context (set by Timeline.step). */
const calls_currentStep = new external_node_async_hooks_.AsyncLocalStorage();
/** Kind and label of an argv, e.g. ["docker-compose", "-f", "a.yml", "ps", "-q"] → compose ps. Pure. */
function classifyArgv(argv) {
    const program = basename(argv[0] ?? "");
    const words = argv.slice(1);
    // The first word that is neither a flag nor a flag's value (-f file, -p name, -c alembic.ini, -x k=v).
    const subcommand = (list) => {
        for (let i = 0; i < list.length; i++) {
            const w = list[i];
            if (/^-[fpcx]$|^--(file|project-name|config|env-file|project-directory|name)$/.test(w))
                i++;
            else if (!w.startsWith("-"))
                return w;
        }
        return "";
    };
    if (program === "docker-compose" || program === "podman-compose")
        return { kind: "compose", label: `compose ${subcommand(words)}` };
    if (program === "docker") {
        if (words[0] === "compose")
            return { kind: "compose", label: `compose ${subcommand(words.slice(1))}` };
        return { kind: "docker", label: `docker ${subcommand(words)}` };
    }
    const alembicAt = argv.findIndex((w) => basename(w) === "alembic");
    if (alembicAt >= 0)
        return { kind: "alembic", label: `alembic ${subcommand(argv.slice(alembicAt + 1))}` };
    return { kind: "command", label: `command ${program}` };
}
class calls_CallLog {
    now;
    calls = [];
    unowned;
    constructor(now = Date.now) {
        this.now = now;
    }
    /** The timeline that makes calls outside every step steps of their own (one per run). */
    onUnowned(fn) {
        this.unowned = fn;
    }
    /** Times `fn` as one call of `kind`. */
    time(kind, label, fn, okOf) {
        const step = calls_currentStep.getStore();
        const startMs = this.now();
        return this.track(kind, label, step, startMs, fn(), okOf);
    }
    async track(kind, label, step, startMs, pending, okOf) {
        let ok = false;
        try {
            const value = await pending;
            ok = okOf ? okOf(value) : true;
            return value;
        }
        finally {
            const call = { kind, label, startMs, durationMs: this.now() - startMs, step, ok };
            this.calls.push(call);
            if (step === undefined)
                this.unowned?.(call);
        }
    }
    /** The runner every adapter gets: each child process timed and classified. */
    runner(run) {
        return (argv, options) => {
            const { kind, label } = classifyArgv(argv);
            return this.time(kind, label, () => run(argv, options), (r) => r.code === 0 && !r.timedOut);
        };
    }
    /** The same object with every method call timed as one round trip of `kind` (GitHub, Redis). */
    port(kind, target) {
        return new Proxy(target, {
            get: (obj, key, receiver) => {
                const value = Reflect.get(obj, key, receiver);
                if (typeof value !== "function")
                    return value;
                // Only what returns a promise is a round trip; a synchronous method is passed through.
                return (...args) => {
                    const step = calls_currentStep.getStore();
                    const startMs = this.now();
                    const result = value.apply(obj, args);
                    return result instanceof Promise
                        ? this.track(kind, `${kind} ${String(key)}`, step, startMs, result)
                        : result;
                };
            },
        });
    }
    /** Count and time per kind, and per label (what was asked how often). */
    summary() {
        const byKind = {};
        const byLabel = {};
        for (const c of this.calls) {
            const k = byKind[c.kind] ?? { count: 0, ms: 0 };
            k.count++;
            k.ms += c.durationMs;
            byKind[c.kind] = k;
            byLabel[c.label] = (byLabel[c.label] ?? 0) + 1;
        }
        return { byKind, byLabel, outsideSteps: this.calls.filter((c) => c.step === undefined).length };
    }
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/history.js
// Reading the deployment history: the effective state of a deployment, the last known good release, the
// current one, and the rollback target the user asked for.


/**
 * The latest status that says something about the release itself. `inactive` is bookkeeping (GitHub
 * and this project set it on older deployments when a newer one goes live), so it is skipped: a release
 * that was good and then replaced is still good. A later `failure` (e.g. "faulty: rolled back by …")
 * overrides an earlier `success`.
 */
function history_effectiveState(d) {
    for (const s of d.statuses) {
        if (s.state === "inactive")
            continue;
        if (s.state === "success")
            return "success";
        if (s.state === "failure")
            return "failure";
        if (s.state === "error")
            return "error";
        return "in_progress";
    }
    return "none";
}
/** Newest first, by creation time then id (GitHub lists newest first, but do not rely on it). */
function newestFirst(deployments) {
    return [...deployments].sort((a, b) => {
        const t = Date.parse(b.createdAt) - Date.parse(a.createdAt);
        return t !== 0 && !Number.isNaN(t) ? t : b.id - a.id;
    });
}
/**
 * The release running now. With the running containers' image ids, it is the newest deployment whose
 * recorded image tags are exactly those (a deploy that failed before its restart never ran; tags, not ids: a migration-only commit builds identical images). Without them, or
 * when none matches, the newest deployment whose record shows it may have reached the host.
 */
function history_currentRelease(deployments, running) {
    if (running && Object.keys(running).length > 0) {
        for (const d of newestFirst(deployments)) {
            const record = parseRecord(d.payload);
            const ids = record ? Object.entries(record.imageRefs) : [];
            if (record && ids.length > 0 && ids.every(([service, id]) => running[service] === id)) {
                return { deployment: d, record };
            }
        }
    }
    for (const d of newestFirst(deployments)) {
        const record = parseRecord(d.payload);
        if (!record)
            continue;
        const state = history_effectiveState(d);
        if (state === "success" || state === "in_progress" || state === "failure" || state === "error") {
            return { deployment: d, record };
        }
    }
    return undefined;
}
/**
 * The last known good release: the newest deployment in the environment, older than `current`, whose
 * effective state is success (not later marked faulty), that has a readable record with images, and
 * that is not the same commit as `current`.
 */
function history_lastKnownGood(deployments, current) {
    const sorted = newestFirst(deployments);
    const start = current ? sorted.findIndex((d) => d.id === current.id) + 1 : 0;
    for (const d of sorted.slice(Math.max(0, start))) {
        if (current && (d.id === current.id || d.sha === current.sha))
            continue;
        if (history_effectiveState(d) !== "success")
            continue;
        const record = parseRecord(d.payload);
        if (!record || Object.keys(record.images).length === 0)
            continue;
        return { deployment: d, record };
    }
    return undefined;
}
/**
 * `last-good`, a commit sha (7 to 40 hex characters with at least one letter, or all 40 characters), or a
 * deployment id (digits, optionally after `#`). Digits only, 7 or more and no `#`: a deployment id if one matches, else a short sha.
 */
function history_parseRollbackTarget(text, input = "target") {
    const t = (text ?? "").trim();
    if (t === "" || t === "last-good")
        return { kind: "last-good" };
    const id = t.match(/^#?(\d{1,15})$/)?.[1];
    if (id !== undefined && t.length !== 40) {
        return t.length >= 7 && !t.startsWith("#")
            ? { kind: "deployment", id: Number(id), orSha: t }
            : { kind: "deployment", id: Number(id) };
    }
    if (/^[0-9a-f]{7,40}$/i.test(t))
        return { kind: "sha", sha: t.toLowerCase() };
    throw new ConfigurationError(`input \`${input}\`: ${JSON.stringify(t.slice(0, 80))} is not valid; expected last-good, a commit sha (7 to 40 hex characters) or a deployment id`, { input });
}
/** Finds the deployment the target names; undefined when none matches (the caller refuses). */
function history_resolveTarget(target, deployments, current) {
    if (target.kind === "last-good")
        return history_lastKnownGood(deployments, current);
    const matches = [];
    for (const d of newestFirst(deployments)) {
        const match = target.kind === "deployment" ? d.id === target.id : d.sha.startsWith(target.sha);
        if (!match)
            continue;
        const record = parseRecord(d.payload);
        if (record)
            matches.push({ deployment: d, record });
    }
    if (matches.length === 0 && target.kind === "deployment" && target.orSha) {
        return history_resolveTarget({ kind: "sha", sha: target.orSha }, deployments, current);
    }
    // For a sha, prefer a deployment of it that went well; its record is the one to trust.
    return matches.find((m) => history_effectiveState(m.deployment) === "success") ?? matches[0];
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/config.js
// The deploy and rollback actions' inputs, read once into frozen typed objects, and the adapters built
// from them. The actions stay thin: parse → wire → engine → outputs and summary.













async function config_readHost(inputs, defaultBranch) {
    const workingDirectory = resolve(inputs.string("working-directory", "."));
    const redisUrl = inputs.optional("redis-url");
    const smoke = await readSmokeConfig(inputs, {
        readFile: (p) => readFile(p, "utf8"),
        resolvePath: (cwd, p) => (isAbsolute(p) ? p : resolve(cwd ?? process.cwd(), p)),
    });
    const incidentMode = inputs.enum("incident-report", ["summary", "pr", "file"], "summary");
    const alembicDir = inputs.string("alembic-directory", "db");
    return {
        token: inputs.required("token", "a GitHub token (the default github.token works)"),
        environment: inputs.string("environment", "production"),
        workingDirectory,
        redisUrl,
        keyPrefix: inputs.string("key-prefix", ""),
        compose: {
            command: inputs.enum("compose-command", ["auto", "docker compose", "docker-compose"], "auto"),
            files: inputs.list("compose-file"),
            project: inputs.optional("compose-project"),
            versionVariable: inputs.string("version-variable", "RELEASE_VERSION"),
            source: inputs.enum("image-source", ["build", "pull"], "build"),
            accessories: inputs.list("accessories"),
            timeoutMs: inputs.duration("compose-timeout", { fallback: 300_000, min: 1000, max: 3_600_000 }),
        },
        alembic: {
            command: inputs.argv("alembic-command") ?? ["alembic"],
            directory: isAbsolute(alembicDir) ? alembicDir : resolve(workingDirectory, alembicDir),
            config: inputs.optional("alembic-config"),
            timeoutMs: inputs.duration("migration-timeout", { fallback: 600_000, min: 1000, max: 6 * 3_600_000 }),
        },
        smoke,
        failFastAfterMs: inputs.duration("fail-fast-after", { fallback: 10_000, min: 0, max: 3_600_000 }),
        lockWaitMs: inputs.duration("lock-wait", { fallback: 300_000, min: 0, max: 3_600_000 }),
        lockTtlMs: inputs.duration("lock-ttl", { fallback: 120_000, min: 5_000, max: 3_600_000 }),
        strategy: inputs.enum("strategy", ["down-up", "recreate"], "down-up"),
        incident: incidentMode === "pr"
            ? { kind: "pr", base: defaultBranch }
            : incidentMode === "file"
                ? { kind: "file" }
                : { kind: "summary" },
        incidentFile: incidentMode === "file",
        logTailLines: inputs.integer("log-lines", { fallback: 50, min: 1, max: 1000 }),
    };
}
async function config_readDeployConfig(inputs, run, defaultBranch) {
    const host = await config_readHost(inputs, defaultBranch);
    const sha = inputs.string("sha", run.sha);
    if (!/^[0-9a-f]{40}$/i.test(sha)) {
        throw new ConfigurationError(`input \`sha\`: ${JSON.stringify(sha.slice(0, 80))} is not a full commit sha`, { input: "sha" });
    }
    const patternText = inputs.string("log-error-pattern", "\\b(ERROR|CRITICAL|FATAL)\\b|Traceback \\(most recent call last\\)");
    let logErrorPattern;
    try {
        logErrorPattern = new RegExp(patternText);
    }
    catch (e) {
        throw new ConfigurationError(`input \`log-error-pattern\`: not a valid regular expression (${e.message})`, { input: "log-error-pattern" });
    }
    return Object.freeze({
        host,
        deploy: Object.freeze({
            sha: sha.toLowerCase(),
            branch: inputs.string("branch", defaultBranch),
            environment: host.environment,
            requireApproval: inputs.boolean("require-approval", true),
            requiredChecks: inputs.list("required-checks"),
            ignoreChecks: inputs.list("ignore-checks").length
                ? inputs.list("ignore-checks")
                : [run.workflow ? `${run.workflow}*` : "deploy*"],
            ciTimeoutMs: inputs.duration("ci-timeout", { fallback: 600_000, min: 0, max: 6 * 3_600_000 }),
            ciPollMs: inputs.duration("ci-poll", { fallback: 15_000, min: 1_000, max: 600_000 }),
            migrationsCheck: inputs.string("migrations-check", "migrations-tested"),
            version: inputs.string("version", sha.toLowerCase()),
            lockWaitMs: host.lockWaitMs,
            lockTtlMs: host.lockTtlMs,
            backupCommand: inputs.argv("backup-command"),
            strategy: host.strategy,
            keepReleases: inputs.integer("keep-releases", { fallback: 5, min: 1, max: 100 }),
            baseline: inputs.boolean("pre-deploy-baseline", true),
            watchMs: inputs.duration("watch", { fallback: 120_000, min: 0, max: 3_600_000 }),
            watchIntervalMs: inputs.duration("watch-interval", { fallback: 20_000, min: 1_000, max: 600_000 }),
            logErrorPattern,
            logTailLines: host.logTailLines,
            onFailure: inputs.enum("on-failure", ["rollback", "stop"], "rollback"),
            dryRun: inputs.boolean("dry-run", false),
            incident: host.incident,
            metrics: readMetricsConfig(inputs),
        }),
    });
}
/** `metrics-url` and `metrics-query` together or not at all; the limits checked strictly. */
function readMetricsConfig(inputs) {
    const url = inputs.url("metrics-url", ["https:", "http:"]);
    const query = inputs.optional("metrics-query");
    if (url === undefined && query === undefined)
        return undefined;
    if (url === undefined || query === undefined) {
        const missing = url === undefined ? "metrics-url" : "metrics-query";
        throw new ConfigurationError(`${inputs.label(missing)} is needed with ${inputs.label(missing === "metrics-url" ? "metrics-query" : "metrics-url")}: give both or neither`, { input: missing });
    }
    const increase = inputs.string("metrics-max-increase", "50%");
    const m = /^(\d+(?:\.\d+)?)%$/.exec(increase.trim());
    const pct = m ? Number(m[1]) : Number.NaN;
    if (!Number.isFinite(pct) || pct > 10_000) {
        throw new ConfigurationError(`${inputs.label("metrics-max-increase")}: ${JSON.stringify(increase.slice(0, 40))} is not a percentage such as \`50%\` (0% to 10000%)`, { input: "metrics-max-increase" });
    }
    const thresholdText = inputs.optional("metrics-threshold");
    const threshold = thresholdText === undefined ? undefined : Number(thresholdText.trim());
    if (threshold !== undefined && (thresholdText?.trim() === "" || !Number.isFinite(threshold))) {
        throw new ConfigurationError(`${inputs.label("metrics-threshold")}: ${JSON.stringify(thresholdText?.slice(0, 40))} is not a number`, { input: "metrics-threshold" });
    }
    return Object.freeze({
        url,
        query,
        maxIncrease: pct / 100,
        threshold,
        timeoutMs: inputs.duration("metrics-timeout", { fallback: 10_000, min: 100, max: 120_000 }),
    });
}
async function config_readRollbackConfig(inputs, defaultBranch) {
    const host = await config_readHost(inputs, defaultBranch);
    const reason = inputs.required("reason", "why production is being rolled back (it goes into the incident report)");
    return Object.freeze({
        host,
        notifyWebhook: inputs.url("notify-webhook", ["https:", "http:"]),
        rollback: Object.freeze({
            environment: host.environment,
            target: parseRollbackTarget(inputs.optional("target")),
            dbRevision: parseDbRevision(inputs.optional("db-revision")),
            dbOnly: inputs.boolean("db-only", false),
            reason,
            dryRun: inputs.boolean("dry-run", false),
            confirmDestructive: inputs.boolean("confirm-destructive", false),
            integrityCommand: inputs.argv("integrity-command"),
            strategy: host.strategy,
            lockWaitMs: host.lockWaitMs,
            lockTtlMs: host.lockTtlMs,
            createHotfixBranch: inputs.boolean("create-hotfix-branch", false),
            incident: host.incident,
            logTailLines: host.logTailLines,
        }),
    });
}
const config_realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolveSleep, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const t = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolveSleep();
        }, ms);
        const onAbort = () => {
            clearTimeout(t);
            reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    }),
};
/** A Slack-compatible webhook: POST {"text": …} with a timeout. */
function config_webhookNotifier(url, timeoutMs = 10_000) {
    return {
        async post(text) {
            const res = await fetch(url, {
                method: "POST",
                headers: { "content-type": "application/json" },
                body: JSON.stringify({ text }),
                signal: AbortSignal.timeout(timeoutMs),
            });
            if (!res.ok)
                throw new Error(`the notify webhook answered ${res.status}`);
        },
    };
}
/** The real adapters behind the engines' ports. */
function config_wire(o) {
    const calls = new CallLog();
    const run = calls.runner(o.runner ?? runCommand);
    const env = o.env ?? process.env;
    const commands = {
        async run(argv, signal) {
            const r = await run(argv, {
                cwd: o.host.workingDirectory,
                env,
                timeoutMs: 1_800_000,
                ...(signal ? { signal } : {}),
            });
            return {
                ok: r.code === 0 && !r.timedOut,
                output: [r.stdout, r.stderr].filter((s) => s.trim()).join("\n"),
            };
        },
    };
    const compose = composeAdapter({ ...o.host.compose, cwd: o.host.workingDirectory, env, run });
    const unreachable = (why) => ({
        read: async () => ({ killSwitch: undefined, breaker: undefined, error: why }),
        acquireLock: async () => {
            throw new Error(why);
        },
        lockHolder: async () => undefined,
        tripBreaker: async () => {
            throw new Error(why);
        },
        setKillSwitch: async () => {
            throw new Error(why);
        },
        audit: async () => undefined,
    });
    return {
        github: calls.port("github", releaseGitHubPort({ token: o.host.token, apiUrl: o.run.apiUrl, repository: o.run.repository })),
        state: o.host.redisUrl
            ? calls.port("redis", redisState({
                url: o.host.redisUrl,
                keyPrefix: o.host.keyPrefix,
                logger: o.logger,
                kind: o.kind,
                actor: o.run.actor,
                runId: o.run.runId,
                runUrl: o.run.runUrl,
                sha: o.sha,
                onClose: (fn) => o.onCleanup(fn),
                ...(o.onLockAcquired ? { onLockAcquired: o.onLockAcquired } : {}),
            }))
            : unreachable("no redis-url given: the kill switch, breaker and deploy lock cannot be read"),
        compose,
        migrations: alembicAdapter({ ...o.host.alembic, env, run }),
        smoke: smokeAdapter(o.host.smoke, run, o.logger, {
            env,
            serviceNames: () => compose.serviceNames(),
            versionVariable: o.host.compose.versionVariable,
            failFastAfterMs: o.host.failFastAfterMs,
        }),
        clock: config_realClock,
        logger: o.logger,
        commands,
        calls,
        ...(o.notifier ? { notifier: o.notifier } : {}),
        ...(o.onDeploymentCreated ? { onDeploymentCreated: o.onDeploymentCreated } : {}),
        signal: o.signal,
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/gates.js
// The pre-deployment checklist: each row a gate with its evidence. Every read-only gate is evaluated
// (so the summary shows them all); the lock is taken last, only when every other gate passed.







const LABELS = {
    "branch-head": "Commit is the head of the deploy branch",
    "pr-approved": "Merged pull request with an approving review",
    "ci-green": "CI passed on the commit",
    "kill-switch": "Kill switch off",
    breaker: "Circuit breaker OPEN",
    "alembic-head": "Alembic has exactly one head; pending migrations listed",
    "migrations-tested": "Migrations tested (upgrade, downgrade, upgrade) on the commit",
    "rollback-plan": "A rollback plan exists",
    accessories: "Accessories running and healthy (deploys never touch them)",
    lock: "Deploy lock acquired",
};
function gates_gateRow(id, ok, evidence) {
    return { id, label: LABELS[id], ok, evidence };
}
function gates_gateChecklist(rows) {
    return rows.map((r) => ({ label: r.label, ok: r.ok, evidence: r.evidence }));
}
async function guarded(id, fn) {
    try {
        return await fn();
    }
    catch (e) {
        // A gate that cannot be evaluated fails closed.
        return gates_gateRow(id, false, `could not be checked: ${errorMessage(e)}`);
    }
}
/** Evaluates every read-only gate. Nothing here changes anything. */
async function gates_evaluateGates(inputs, deps, deployments) {
    const { github, state, migrations, compose, clock } = deps;
    const rows = [];
    // The independent reads run at the same time; rows keep the checklist's order.
    const branchRow = guarded("branch-head", async () => {
        const head = await github.branchHead(inputs.branch);
        return head === inputs.sha
            ? gates_gateRow("branch-head", true, `${shortSha(inputs.sha)} is the head of ${inputs.branch}`)
            : gates_gateRow("branch-head", false, `the head of ${inputs.branch} is ${shortSha(head)}, not ${shortSha(inputs.sha)} (a newer commit will deploy)`);
    });
    const prRow = guarded("pr-approved", async () => {
        if (!inputs.requireApproval)
            return gates_gateRow("pr-approved", undefined, "turned off (require-approval: false)");
        const pr = await github.pullRequestForCommit(inputs.sha);
        if (!pr)
            return gates_gateRow("pr-approved", false, `no merged pull request brought ${shortSha(inputs.sha)} (pushed directly?)`);
        if (!pr.merged)
            return gates_gateRow("pr-approved", false, `PR #${pr.number} is not merged`);
        if (pr.approvedBy.length === 0)
            return gates_gateRow("pr-approved", false, `PR #${pr.number} has no approving review`);
        return gates_gateRow("pr-approved", true, `PR #${pr.number} approved by ${pr.approvedBy.join(", ")}`);
    });
    let ci;
    let checksSeen = [];
    const ciRow = guarded("ci-green", async () => {
        const deadline = clock.now() + inputs.ciTimeoutMs;
        const started = clock.now();
        for (;;) {
            checksSeen = await github.commitChecks(inputs.sha);
            ci = ciVerdict(checksSeen, { required: inputs.requiredChecks, ignore: inputs.ignoreChecks });
            if (ci.state !== "pending" || clock.now() >= deadline)
                break;
            await clock.sleep(Math.min(inputs.ciPollMs, Math.max(0, deadline - clock.now())), deps.signal);
        }
        const waited = clock.now() - started;
        if (ci.state === "success") {
            return gates_gateRow("ci-green", true, `${ci.passed.length} check(s) green${waited > 0 ? ` after waiting ${formatDuration(waited)}` : ""}: ${ci.passed.join(", ")}`);
        }
        if (ci.state === "failure")
            return gates_gateRow("ci-green", false, `failing: ${ci.failing.join(", ")}`);
        const still = [...ci.pending, ...ci.missing.map((m) => `${m} (not reported)`)];
        return gates_gateRow("ci-green", false, still.length > 0
            ? `still pending after ${formatDuration(inputs.ciTimeoutMs)}: ${still.join(", ")}`
            : "no CI check reported on the commit");
    });
    const opRead = state
        .read()
        .catch((e) => ({ killSwitch: undefined, breaker: undefined, error: errorMessage(e) }));
    let dbNow;
    let head;
    let pending = [];
    const alembicRow = guarded("alembic-head", async () => {
        const [heads, graph, now] = await Promise.all([
            migrations.heads(),
            migrations.graph(),
            migrations.current(deps.signal),
        ]);
        if (heads.length !== 1) {
            return gates_gateRow("alembic-head", false, heads.length === 0
                ? "no Alembic head found"
                : `${heads.length} heads: ${heads.join(", ")} (merge them first)`);
        }
        head = heads[0];
        dbNow = now;
        const between = migrationsBetween(graph, head, now);
        if (!between.ok)
            return gates_gateRow("alembic-head", false, `database at ${revisionLabel(now)}: ${between.why}`);
        pending = [...between.migrations].reverse();
        return gates_gateRow("alembic-head", true, `head ${head}; database at ${revisionLabel(now)}; ${pending.length === 0 ? "no pending migration" : `pending: ${pending.map((m) => m.revision).join(", ")}`}`);
    });
    let rollbackTo;
    let firstDeploy = false;
    const planRow = guarded("rollback-plan", async () => {
        rollbackTo = lastKnownGood(deployments, undefined);
        if (!rollbackTo) {
            if (deployments.length === 0) {
                firstDeploy = true;
                return gates_gateRow("rollback-plan", true, `first deploy to ${inputs.environment}: no earlier release to return to`);
            }
            return gates_gateRow("rollback-plan", false, `no good deployment with a record in ${inputs.environment} to return to`);
        }
        const refs = recordImageRefs(rollbackTo.record.imageRefs);
        const { missing } = await compose.imagesPresent(refs);
        if (missing.length > 0) {
            return gates_gateRow("rollback-plan", false, `last good ${shortSha(rollbackTo.record.sha)} (#${rollbackTo.deployment.id}) but its images are gone: ${missing.join(", ")}`);
        }
        return gates_gateRow("rollback-plan", true, `last good ${shortSha(rollbackTo.record.sha)} (#${rollbackTo.deployment.id}), images present, database revision ${revisionLabel(rollbackTo.record.alembic.after)}`);
    });
    let accessories;
    const accessoryRowDone = guarded("accessories", async () => {
        accessories = await compose.accessories(inputs.version);
        const gate = accessoriesGate(accessories);
        return gates_gateRow("accessories", gate.ok, gate.evidence);
    });
    rows.push(await branchRow, await prRow, await ciRow);
    const op = await opRead;
    if (op.error) {
        rows.push(gates_gateRow("kill-switch", false, `Redis could not be read (${op.error}): fail closed`));
        rows.push(gates_gateRow("breaker", false, `Redis could not be read (${op.error}): fail closed`));
    }
    else {
        rows.push(op.killSwitch
            ? gates_gateRow("kill-switch", false, "killswitch:active is true")
            : gates_gateRow("kill-switch", true, op.killSwitch === false ? "killswitch:active is false" : "killswitch:active not set"));
        rows.push(op.breaker === "OPEN"
            ? gates_gateRow("breaker", true, "cb:state is OPEN")
            : gates_gateRow("breaker", false, op.breaker === undefined
                ? "cb:state is not set (only OPEN lets a deploy through)"
                : `cb:state is ${op.breaker}`));
    }
    rows.push(await alembicRow);
    rows.push(await guarded("migrations-tested", async () => {
        if (head === undefined)
            return gates_gateRow("migrations-tested", undefined, "not reached (Alembic head unknown)");
        if (pending.length === 0)
            return gates_gateRow("migrations-tested", true, "the commit brings no migration");
        const check = checksSeen.filter((c) => c.name === inputs.migrationsCheck);
        if (check.some((c) => c.state === "success") && !check.some((c) => c.state === "failure")) {
            return gates_gateRow("migrations-tested", true, `${inputs.migrationsCheck} passed on ${shortSha(inputs.sha)}`);
        }
        return gates_gateRow("migrations-tested", false, check.length === 0
            ? `the commit brings ${pending.length} migration(s) but no ${inputs.migrationsCheck} check ran on it`
            : `${inputs.migrationsCheck} is ${check.map((c) => c.state).join("/")} on ${shortSha(inputs.sha)}`);
    }));
    rows.push(await planRow);
    const accessoryRow = await accessoryRowDone;
    // Not applicable (no accessory) stays out of the checklist.
    if (accessoryRow.ok !== undefined || accessoryRow.evidence.startsWith("could not"))
        rows.push(accessoryRow);
    return { rows, dbNow, head, pending, rollbackTo, firstDeploy, ci, accessories };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/metrics.js
// The runbook's "metrics normal" row of "Deployment complete": one Prometheus-compatible instant query
// (e.g. the Grafana data source's error rate), read before the restart and after the verification window,
// and compared. Without a query the row says "not checked", never a false tick; a query that cannot be
// read leaves the row unticked with the reason. The query goes over HTTP GET with a timeout (no shell).

/** `{base}/api/v1/query?query=…`, keeping a base path (e.g. Grafana's data source proxy). */
function queryUrl(base, query) {
    const u = new URL(base.href);
    u.pathname = `${u.pathname.replace(/\/+$/, "")}/api/v1/query`;
    u.search = "";
    u.searchParams.set("query", query);
    return u.href;
}
/** The one number of a Prometheus instant-query answer; throws saying why there is none. Pure. */
function parseQueryResult(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw new Error("the answer is not JSON");
    }
    const b = body;
    if (b?.status !== "success") {
        throw new Error(`the query failed: ${typeof b?.error === "string" ? b.error : "status is not success"}`);
    }
    const type = b.data?.resultType;
    const result = b.data?.result;
    let sample;
    if (type === "scalar")
        sample = result;
    else if (type === "vector" && Array.isArray(result)) {
        if (result.length === 0)
            throw new Error("the query returned no series (no data)");
        if (result.length > 1) {
            throw new Error(`the query returned ${result.length} series: aggregate it to one (e.g. sum(...))`);
        }
        sample = result[0].value;
    }
    else
        throw new Error(`unsupported result type ${JSON.stringify(type)} (expected vector or scalar)`);
    const raw = Array.isArray(sample) ? sample[1] : undefined;
    const value = typeof raw === "string" ? Number(raw) : Number.NaN;
    if (!Number.isFinite(value))
        throw new Error(`the value is not a finite number (${String(raw)})`);
    return value;
}
/** One instant query: the number, or an Error saying why not (network, status, timeout, shape). */
async function queryMetric(config, fetchFn, signal) {
    const timeout = AbortSignal.timeout(config.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let text;
    try {
        const res = await fetchFn(queryUrl(config.url, config.query), { signal: combined });
        text = await res.text();
        if (!res.ok)
            throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
    }
    catch (e) {
        if (timeout.aborted && !signal?.aborted)
            throw new Error(`no answer within ${config.timeoutMs} ms`);
        throw e;
    }
    return parseQueryResult(text);
}
async function metrics_readMetric(config, fetchFn, signal) {
    try {
        return { value: await queryMetric(config, fetchFn, signal) };
    }
    catch (e) {
        if (signal?.aborted)
            throw e;
        return { error: errorMessage(e) };
    }
}
const metrics_fmt = (n) => String(Math.round(n * 1e6) / 1e6);
/** The row's verdict from the two readings. Pure. */
function metrics_compareMetrics(config, before, after) {
    const none = { before: undefined, after: undefined };
    if (!config)
        return { ok: undefined, ...none, evidence: "not checked (no metrics query configured)" };
    const b = before && "value" in before ? before.value : undefined;
    const a = after && "value" in after ? after.value : undefined;
    const values = { before: b, after: a };
    if (after && "error" in after) {
        return { ok: undefined, ...values, evidence: `not checked: after the deploy, ${after.error}` };
    }
    if (a === undefined)
        return { ok: undefined, ...values, evidence: "not checked (not read after the deploy)" };
    const q = config.query.slice(0, 80);
    if (config.threshold !== undefined) {
        const ok = a <= config.threshold;
        const was = b !== undefined ? `${metrics_fmt(b)} before, ` : "";
        return {
            ok,
            ...values,
            evidence: `${q}: ${was}${metrics_fmt(a)} after (${ok ? "at or under" : "ABOVE"} the threshold ${metrics_fmt(config.threshold)})`,
        };
    }
    if (before && "error" in before) {
        return { ok: undefined, ...values, evidence: `not checked: before the deploy, ${before.error}` };
    }
    if (b === undefined)
        return { ok: undefined, ...values, evidence: "not checked (not read before the deploy)" };
    const limit = b * (1 + config.maxIncrease);
    const ok = a <= limit;
    const change = b > 0 ? `${a >= b ? "+" : ""}${Math.round((a / b - 1) * 100)}%` : a > 0 ? "up from 0" : "±0";
    return {
        ok,
        ...values,
        evidence: `${q}: ${metrics_fmt(b)} before → ${metrics_fmt(a)} after (${change}; ${ok ? "within" : "over"} +${Math.round(config.maxIncrease * 100)}%)`,
    };
}
function metrics_metricsRow(v) {
    return { label: "Metrics normal", ok: v.ok, evidence: v.evidence };
}

// EXTERNAL MODULE: ../../packages/ops-core/dist/action/summary.js
var summary = __nccwpck_require__(7106);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/incident.js
// The incident report, pure: docs/INCIDENTS/YYYY-MM-DD-<slug>.md with the summary, reason, timeline,
// versions, database revisions, health evidence, the last log lines of failing services, and the
// runbook's post-rollback actions. Every untrusted string goes through safe-text.






/** The post-rollback line that asks to reset what is actually tripped. */
function resetLine(tripped) {
    if (!tripped)
        return "- [ ] Turn the kill switch off and reset the circuit breaker once the fix is verified";
    const parts = [];
    if (tripped.breaker === "by-this-rollback")
        parts.push("reset the circuit breaker (this rollback tripped it: `cb:state` TRIPPED)");
    else if (tripped.breaker === "already")
        parts.push("reset the circuit breaker (`cb:state` is not OPEN)");
    if (tripped.killSwitch === true)
        parts.push("turn the kill switch off (`killswitch:active` is true)");
    else if (tripped.killSwitch === undefined)
        parts.push("check the kill switch (it could not be read)");
    if (parts.length === 0)
        return "- [x] Nothing to reset: the circuit breaker is OPEN and the kill switch is off";
    const text = parts.join(", and ");
    return `- [ ] ${text.charAt(0).toUpperCase()}${text.slice(1)} once the fix is verified`;
}
function incident_incidentSlug(input) {
    return slug(`rollback-${shortSha(input.faulty.sha)}-${input.reason}`);
}
function incident_incidentPath(at, slugText) {
    return `docs/INCIDENTS/${new Date(at).toISOString().slice(0, 10)}-${slugText}.md`;
}
function incident_hotfixBranchName(slugText) {
    return `hotfix/${slugText}`;
}
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
function incident_renderIncident(input) {
    const ok = input.outcome === "restored";
    const lines = [];
    lines.push(`# Incident: ${mdText(input.title)}`);
    lines.push("");
    lines.push(table(["", ""], [
        ["Date", mdText(iso(input.at))],
        [
            "Outcome",
            ok ? "service restored by rollback" : "**rollback FAILED — production needs a human now**",
        ],
        [
            "Trigger",
            input.trigger === "automatic"
                ? "automatic rollback after a failed deploy verification"
                : "manual rollback",
        ],
        ["Run", input.runUrl ? `[${mdText(input.runUrl)}](${encodeURI(input.runUrl)})` : "—"],
        ["Actor", mdText(input.actor || "unknown")],
    ]));
    lines.push("", "## Summary", "");
    lines.push(mdText(`${ok ? "Production was rolled back" : "A rollback was attempted"} from ${shortSha(input.faulty.sha)} to ${shortSha(input.target.sha)}. ${input.stateNow}`));
    lines.push("", "## Reason", "", mdText(input.reason));
    lines.push("", "## Timeline (UTC)", "");
    lines.push(table(["Time", "Step", "Took", "Outcome"], input.timeline.map((s) => [
        mdText(iso(s.startMs).slice(11)),
        `${mdText(s.name)}${s.detail ? ` — ${mdText(truncate(s.detail, 200))}` : ""}`,
        mdText(formatDuration(s.durationMs)),
        s.outcome === "ok" ? "ok" : s.outcome === "failed" ? "**failed**" : mdText(s.outcome),
    ])) || "_no steps recorded_");
    lines.push("", "## Versions", "");
    lines.push(table(["", "Commit", "Image tag", "Deployment", "DB revision (recorded)"], [
        [
            "Faulty",
            mdCode(input.faulty.sha),
            mdCode(input.faulty.version),
            input.faulty.deploymentId !== undefined ? `#${input.faulty.deploymentId}` : "—",
            mdCode(revisionLabel(input.faulty.dbRevision)),
        ],
        [
            "Restored",
            mdCode(input.target.sha),
            mdCode(input.target.version),
            input.target.deploymentId !== undefined ? `#${input.target.deploymentId}` : "—",
            mdCode(revisionLabel(input.target.dbRevision)),
        ],
    ]));
    lines.push("", "## Database", "");
    const dbLine = input.dbBefore === undefined
        ? "Database revision before the rollback: unknown."
        : `Database revision before the rollback: ${revisionLabel(input.dbBefore)}; after: ${input.dbAfter === undefined ? "unknown" : revisionLabel(input.dbAfter)}.`;
    lines.push(mdText(dbLine));
    if (input.migrationsUndone.length > 0) {
        lines.push("", `Migrations undone (newest first): ${input.migrationsUndone.map(mdCode).join(", ")}`);
    }
    else
        lines.push("", "No migration was undone.");
    lines.push("", "## Health evidence", "");
    lines.push(input.healthEvidence.length > 0
        ? input.healthEvidence.map((e) => `- ${mdText(e)}`).join("\n")
        : "_none collected_");
    const logServices = Object.keys(input.logs);
    if (logServices.length > 0) {
        lines.push("", "## Last log lines of failing services");
        for (const service of logServices) {
            lines.push("", `### ${mdText(service)}`, "", mdBlock(tailLines(input.logs[service] ?? "", 40)));
        }
    }
    lines.push("", "## Post-rollback actions", "");
    lines.push(`- [${input.notified ? "x" : " "}] Notify the team${input.notified === undefined ? " (no webhook configured: do it by hand)" : ""}`, `- [${input.hotfixBranchCreated ? "x" : " "}] Hotfix branch ${mdCode(input.hotfixBranch)}${input.hotfixBranchCreated ? " created at the faulty commit" : ` — create it: <code>git checkout -b ${mdText(input.hotfixBranch)} ${mdText(shortSha(input.faulty.sha))}</code>`}`, "- [ ] Reproduce the failure and test the hotfix (migrations: upgrade, downgrade, upgrade on a scratch database)", resetLine(input.tripped), "- [ ] Update the runbooks with what this incident taught");
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/timeline.js
// A run's timeline: each step with its start, duration and outcome, on an injected clock. Rendered in
// the summary (table + Mermaid chart) and the incident report. Given the run's CallLog, every child
// process and API round trip belongs to a step: the one running when it started, or a step of its own.



class timeline_Timeline {
    clock;
    logger;
    steps = [];
    constructor(clock, logger, calls) {
        this.clock = clock;
        this.logger = logger;
        calls?.onUnowned((c) => {
            this.steps.push({
                name: c.label,
                startMs: c.startMs,
                durationMs: c.durationMs,
                outcome: c.ok ? "ok" : "warning",
                detail: "a call outside the named steps",
            });
        });
    }
    /** Runs `fn` as a step (logged as it starts and ends); a throw marks it failed and propagates. */
    async step(name, fn, detail) {
        const startMs = this.clock.now();
        this.logger?.info(`▶ ${name}`);
        try {
            const value = await currentStep.run(name, fn);
            this.logger?.info(`✔ ${name} (${formatDuration(this.clock.now() - startMs)})`);
            const d = detail?.(value);
            this.steps.push({
                name,
                startMs,
                durationMs: this.clock.now() - startMs,
                outcome: "ok",
                ...(d ? { detail: d } : {}),
            });
            return value;
        }
        catch (error) {
            this.logger?.warning(`✘ ${name} (${formatDuration(this.clock.now() - startMs)}): ${errorMessage(error)}`);
            this.steps.push({
                name,
                startMs,
                durationMs: this.clock.now() - startMs,
                outcome: "failed",
                detail: errorMessage(error),
            });
            throw error;
        }
    }
    /** Records an instant event or a step whose outcome the caller decided. */
    mark(name, outcome, detail, startMs = this.clock.now()) {
        this.steps.push({
            name,
            startMs,
            durationMs: this.clock.now() - startMs,
            outcome,
            ...(detail ? { detail } : {}),
        });
    }
    /** Marks the last step named `name` with a new outcome (e.g. a verification that ran but failed). */
    setOutcome(name, outcome, detail) {
        for (let i = this.steps.length - 1; i >= 0; i--) {
            const s = this.steps[i];
            if (s.name === name) {
                s.outcome = outcome;
                if (detail)
                    s.detail = detail;
                return;
            }
        }
    }
    has(name, outcome = "ok") {
        return this.steps.some((s) => s.name === name && s.outcome === outcome);
    }
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/rollback.js
// The rollback engine, shared by the Rollback button and the deploy's automatic rollback. Order of work:
// resolve the target and plan (refusing before anything is touched), take the lock, downgrade the
// database with the current (newer) code to the target's recorded revision and verify it, run the
// integrity check, start the target's images (never rebuilt), verify with the smoke core, record, and
// write the incident report. A failure at any step stops there, says what state the database and the
// services are in, and trips the breaker.









function throwIfAborted(signal) {
    if (signal?.aborted) {
        throw signal.reason instanceof Error ? signal.reason : new CancelledError();
    }
}
/** Executes a plan the caller has checked (no refusals) while holding the deploy lock. */
async function rollback_executeRollback(plan, ctx, deps, tl) {
    const { github, state, compose, migrations, smoke, logger, signal } = deps;
    let dbNow = plan.current.dbRevision;
    let dbTouched = false;
    let servicesTouched = false;
    let servicesOn = plan.current.sha;
    let versionOn = plan.current.version;
    let accessoriesAfter;
    let accessoriesError;
    let deploymentId;
    let health;
    let breakerTripped = false;
    let error;
    let cancelled = false;
    const rows = {
        db: undefined,
        dbEvidence: "",
        integrity: undefined,
        restart: undefined,
        health: undefined,
        healthEvidence: "",
        recorded: undefined,
        recordedEvidence: "",
    };
    const stateNow = () => {
        const db = dbNow === undefined ? "the database revision is unknown" : `the database is at ${revisionLabel(dbNow)}`;
        const services = plan.dbOnly
            ? `services were not restarted (still ${shortSha(plan.current.sha)})`
            : servicesTouched
                ? `services were restarted on ${shortSha(servicesOn)}`
                : `services were not touched (still running ${shortSha(plan.current.sha)})`;
        return `${db}${dbTouched ? "" : " (not changed)"}; ${services}.`;
    };
    const record = {
        schema: RECORD_SCHEMA,
        kind: "rollback",
        sha: plan.target.sha,
        previousSha: plan.current.sha,
        version: plan.target.version,
        alembic: {
            before: plan.current.dbRevision,
            after: plan.dbTarget === undefined ? plan.current.dbRevision : plan.dbTarget,
            applied: plan.migrationsToUndo.map((m) => m.revision),
        },
        images: plan.imageIds,
        imageRefs: plan.images,
        composeFileHash: null,
        runUrl: ctx.run.runUrl,
        actor: ctx.run.actor,
        reason: ctx.reason,
        ...(plan.current.deploymentId !== undefined ? { replacesDeploymentId: plan.current.deploymentId } : {}),
    };
    try {
        throwIfAborted(signal);
        // The target record's image ids, copied so this rollback deployment can itself be returned to.
        const created = await tl.step("record rollback deployment", () => github.createDeployment({
            sha: plan.target.sha,
            environment: ctx.environment,
            payload: record,
            description: statusDescription(`rollback to ${shortSha(plan.target.sha)}: ${ctx.reason}`),
        }));
        deploymentId = created.id;
        deps.onDeploymentCreated?.(created.id);
        await github.setDeploymentStatus(deploymentId, {
            state: "in_progress",
            description: statusDescription(`rolling back from ${shortSha(plan.current.sha)}`),
            logUrl: ctx.run.runUrl,
            environment: ctx.environment,
        });
        if (plan.dbTarget !== undefined && plan.migrationsToUndo.length > 0) {
            throwIfAborted(signal);
            const target = revisionLabel(plan.dbTarget);
            dbTouched = true;
            const result = await tl
                .step(`alembic downgrade ${target}`, async () => {
                // Not cancellable half-way (it has a timeout): the run stops at the next step instead.
                const r = await migrations.downgrade(target);
                if (!r.ok)
                    throw new Error(`alembic downgrade ${target} failed: ${errorLine(r.output)}`);
                return r;
            })
                .catch(async (e) => {
                dbNow = await readRevision(deps);
                rows.db = false;
                rows.dbEvidence = `downgrade failed; database at ${dbNow === undefined ? "unknown" : revisionLabel(dbNow)}`;
                throw e;
            });
            logger.debug(result.output);
            dbNow = await readRevision(deps);
            if (dbNow !== plan.dbTarget) {
                rows.db = false;
                rows.dbEvidence = `alembic current is ${dbNow === undefined ? "unknown" : revisionLabel(dbNow)}, expected ${target}`;
                tl.mark("verify alembic current", "failed", rows.dbEvidence);
                throw new Error(`after the downgrade ${rows.dbEvidence}`);
            }
            rows.db = true;
            rows.dbEvidence = `alembic current = ${target} (undid ${plan.migrationsToUndo.map((m) => m.revision).join(", ")})`;
            tl.mark("verify alembic current", "ok", rows.dbEvidence);
        }
        else {
            rows.db = true;
            rows.dbEvidence =
                plan.dbTarget === undefined
                    ? `left at ${revisionLabel(dbNow)} (db-revision: none)`
                    : `already at ${revisionLabel(plan.dbTarget)}; nothing to undo`;
        }
        if (ctx.integrityCommand) {
            throwIfAborted(signal);
            const argv = ctx.integrityCommand;
            await tl.step("integrity check", async () => {
                const r = await deps.commands.run(argv, signal);
                rows.integrity = r.ok;
                if (!r.ok)
                    throw new Error(`integrity check failed: ${errorLine(r.output)}`);
            });
        }
        if (!plan.dbOnly) {
            throwIfAborted(signal);
            servicesTouched = true;
            servicesOn = plan.target.sha;
            versionOn = plan.target.version;
            await tl.step(`start ${shortSha(plan.target.sha)} images (${ctx.strategy})`, async () => {
                try {
                    await compose.up(plan.target.version, { strategy: ctx.strategy });
                    rows.restart = true;
                }
                catch (e) {
                    rows.restart = false;
                    throw e;
                }
            });
        }
        throwIfAborted(signal);
        health = await tl.step("verify health", () => smoke.check({ signal, purpose: "rollback", version: versionOn }));
        // The breaker may be tripped by the incident itself: it does not judge the restored release.
        const decision = decideHealth({ ...health, breaker: undefined });
        rows.health = decision.action !== "rollback";
        rows.healthEvidence = `${health.verdict}${decision.reasons.length > 0 ? `: ${decision.reasons.join("; ")}` : ""}`;
        if (decision.action === "rollback") {
            tl.setOutcome("verify health", "failed", rows.healthEvidence);
            throw new Error(`the restored release is unhealthy: ${decision.reasons.join("; ")}`);
        }
    }
    catch (e) {
        cancelled = errorKind(e) === "cancelled" || signal?.aborted === true;
        error = errorMessage(e);
        logger.error(`rollback stopped: ${error}`);
    }
    if (ctx.accessoriesBefore?.length) {
        accessoriesAfter = await compose.accessories(versionOn).catch((e) => {
            accessoriesError = errorMessage(e);
            return undefined;
        });
    }
    const ok = error === undefined;
    // Record the outcome whatever happened; these calls must not hide the original error.
    if (deploymentId !== undefined) {
        await bestEffort(deps, "set rollback deployment status", () => github.setDeploymentStatus(deploymentId, {
            state: ok ? "success" : cancelled ? "error" : "failure",
            description: statusDescription(ok
                ? `rolled back to ${shortSha(plan.target.sha)}`
                : cancelled
                    ? `rollback cancelled: ${stateNow()}`
                    : // The cause first, then the state it left (cut at 140 characters).
                        `rollback failed: ${error}; ${stateNow()}`),
            logUrl: ctx.run.runUrl,
            environment: ctx.environment,
        }));
    }
    let markedFaulty = false;
    if (plan.current.deploymentId !== undefined && !plan.dbOnly) {
        const faultyId = ctx.faultyDeploymentId ?? plan.current.deploymentId;
        const marked = await bestEffort(deps, "mark the faulty deployment", () => github.setDeploymentStatus(faultyId, {
            state: "failure",
            description: faultyDescription(ctx.reason, ctx.run.runUrl, ok),
            logUrl: ctx.run.runUrl,
            environment: ctx.environment,
        }));
        markedFaulty = marked;
        rows.recorded = deploymentId !== undefined && marked;
        rows.recordedEvidence = `rollback deployment #${deploymentId ?? "?"}; #${faultyId} marked faulty`;
    }
    else {
        rows.recorded = deploymentId !== undefined;
        rows.recordedEvidence = `rollback deployment #${deploymentId ?? "?"}`;
    }
    if (!ok || ctx.tripBreakerOnSuccess) {
        const why = ok ? `automatic rollback: ${ctx.reason}` : `rollback failed: ${error}`;
        breakerTripped = await bestEffort(deps, "trip the breaker", () => state.tripBreaker(statusDescription(why)));
        if (breakerTripped)
            tl.mark("trip circuit breaker", "ok", why);
    }
    await bestEffort(deps, "audit", () => state.audit({
        action: ok ? "rollback" : "rollback-failed",
        reason: ctx.reason,
        detail: { from: plan.current.sha, to: plan.target.sha, db: revisionLabel(dbNow), run: ctx.run.runUrl },
    }));
    // Incident report and the post-rollback actions: it asks to reset what is tripped now.
    const now = await state.read().catch(() => undefined);
    const tripped = {
        breaker: breakerTripped
            ? "by-this-rollback"
            : now && !now.error && now.breaker !== undefined && now.breaker !== "OPEN"
                ? "already"
                : false,
        killSwitch: now && !now.error ? now.killSwitch === true : undefined,
    };
    const at = deps.clock.now();
    const slugText = incidentSlug({ reason: ctx.reason, faulty: { ...plan.current, deploymentId: undefined } });
    const hotfixBranch = hotfixBranchName(slugText);
    let hotfixCreated = false;
    if (ctx.createHotfixBranch && !cancelled) {
        hotfixCreated = await bestEffort(deps, "create the hotfix branch", () => github.createBranch(hotfixBranch, plan.current.sha));
    }
    let notified;
    if (deps.notifier && !cancelled) {
        const text = `${ok ? "Rolled back" : "ROLLBACK FAILED"} ${ctx.environment}: ${shortSha(plan.current.sha)} → ${shortSha(plan.target.sha)} by ${ctx.run.actor || "unknown"}. Why: ${ctx.reason}. ${stateNow()} Run: ${ctx.run.runUrl}`;
        const notifier = deps.notifier;
        notified = await bestEffort(deps, "notify the team", () => notifier.post(text));
    }
    const logs = {};
    const failing = [...new Set([...ctx.failingServices, ...(health?.failingServices ?? [])])];
    if (failing.length > 0) {
        await bestEffort(deps, "collect logs", async () => {
            Object.assign(logs, await compose.logs(failing, ctx.since, ctx.logTailLines, versionOn));
        });
    }
    const path = incidentPath(at, slugText);
    const markdown = renderIncident({
        at,
        title: `${ok ? "Rollback" : "Failed rollback"} of ${shortSha(plan.current.sha)} in ${ctx.environment}`,
        reason: ctx.reason,
        outcome: ok ? "restored" : "failed",
        stateNow: stateNow(),
        trigger: ctx.trigger,
        actor: ctx.run.actor,
        runUrl: ctx.run.runUrl,
        repository: ctx.run.repository,
        faulty: { ...plan.current },
        target: { ...plan.target },
        dbBefore: plan.current.dbRevision,
        dbAfter: dbNow,
        migrationsUndone: dbTouched && rows.db ? plan.migrationsToUndo.map((m) => m.revision) : [],
        timeline: tl.steps,
        healthEvidence: [
            ...ctx.priorEvidence,
            ...(health ? health.evidence.map((e) => `after rollback: ${e}`) : []),
        ],
        logs,
        hotfixBranch,
        hotfixBranchCreated: hotfixCreated,
        notified,
        tripped,
    });
    let prUrl;
    if (ctx.incident.kind === "pr" && !cancelled) {
        const base = ctx.incident.base;
        await bestEffort(deps, "open the incident report pull request", async () => {
            prUrl = await github.proposeFile({
                base,
                branch: `incident/${slugText}`,
                path,
                content: markdown,
                title: `Incident report: ${slugText}`,
                body: `Written by the rollback run ${ctx.run.runUrl}. Review, complete and merge.`,
            });
        });
    }
    const checklist = [
        {
            label: "Rollback target identified",
            ok: true,
            evidence: `${shortSha(plan.target.sha)} (deployment #${plan.target.deploymentId ?? "?"}, tag ${plan.target.version})`,
        },
        { label: "Database at the target revision", ok: rows.db, evidence: rows.dbEvidence || undefined },
        ...(ctx.integrityCommand
            ? [
                {
                    label: "Database integrity check passed",
                    ok: rows.integrity,
                    evidence: ctx.integrityCommand.join(" "),
                },
            ]
            : []),
        {
            label: "Services restarted on the target's images (no rebuild)",
            ok: plan.dbOnly ? undefined : rows.restart,
            evidence: plan.dbOnly
                ? "database-only rollback: services not restarted"
                : Object.values(plan.images).join(", "),
        },
        {
            label: "Health endpoints and smoke tests pass",
            ok: rows.health,
            evidence: rows.healthEvidence || undefined,
        },
        ...[accessoriesRow(ctx.accessoriesBefore, accessoriesAfter, accessoriesError)].filter((x) => x !== undefined),
        {
            label: "Deployments recorded (rollback, and the bad one marked faulty)",
            ok: rows.recorded,
            evidence: rows.recordedEvidence,
        },
        { label: "Incident report written", ok: true, evidence: prUrl ? `${path} (PR ${prUrl})` : path },
        {
            label: "Team notified",
            ok: notified,
            evidence: notified === undefined ? "no notify-webhook configured: notify by hand" : undefined,
        },
        {
            label: `Hotfix branch ${hotfixBranch}`,
            ok: ctx.createHotfixBranch ? hotfixCreated : undefined,
            evidence: ctx.createHotfixBranch ? undefined : "not requested",
        },
    ];
    return {
        ok,
        stateNow: stateNow(),
        deploymentId,
        dbRevisionNow: dbNow,
        health,
        breakerTripped,
        checklist,
        incident: { path, markdown, hotfixBranch, ...(prUrl ? { prUrl } : {}) },
        ...(error !== undefined ? { error } : {}),
        cancelled,
        markedFaulty,
        accessoriesAfter,
    };
}
async function readRevision(deps) {
    try {
        return await deps.migrations.current();
    }
    catch (e) {
        deps.logger.warning(`could not read the database revision: ${errorMessage(e)}`);
        return undefined;
    }
}
/** Runs a side task whose failure is reported but must not mask the main outcome. */
async function bestEffort(deps, what, fn) {
    try {
        await fn();
        return true;
    }
    catch (e) {
        deps.logger.warning(`${what} failed: ${errorMessage(e)}`);
        return false;
    }
}
/** The Rollback button. */
async function rollback_rollback(inputs, deps) {
    const tl = new Timeline(deps.clock, deps.logger, deps.calls);
    const warnings = [];
    const base = {
        timeline: tl,
        deploymentId: undefined,
        health: undefined,
        breakerTripped: false,
        incident: undefined,
    };
    const refuse = (refusals, plan, dbNow) => ({
        ...base,
        status: "refused",
        message: `rollback refused: ${refusals[0] ?? "see the plan"}`,
        stateNow: "nothing was changed.",
        plan,
        refusals,
        warnings,
        dbRevisionNow: dbNow,
        checklist: [],
        nextSteps: refusals.map((r) => `Fix: ${r}`),
    });
    // 1. Resolve the target and plan.
    const deployments = await tl.step("read deployments", () => deps.github.listDeployments(inputs.environment));
    // compose needs a version to read the stack (`${VAR:?}`): the newest recorded release's, until the
    // running containers say which release is current.
    const newest = currentRelease(deployments);
    const running = newest
        ? await deps.compose.runningImages(newest.record.version).catch(() => undefined)
        : undefined;
    const current = currentRelease(deployments, running);
    if (!current)
        return refuse([`no recorded deployment in ${inputs.environment}: nothing to roll back`], undefined);
    const target = inputs.dbOnly
        ? current
        : resolveTarget(inputs.target, deployments, { id: current.deployment.id, sha: current.record.sha });
    if (!target) {
        const what = inputs.target.kind === "last-good"
            ? `no good deployment older than the current one (#${current.deployment.id}, ${shortSha(current.record.sha)}) in ${inputs.environment}`
            : inputs.target.kind === "sha"
                ? `no recorded deployment of commit ${inputs.target.sha} in ${inputs.environment}`
                : `no recorded deployment #${inputs.target.id} in ${inputs.environment}`;
        return refuse([`${what}: nothing to roll back to`], undefined);
    }
    const [graph, dbNow, present, composeHash] = await tl.step("plan", () => Promise.all([
        deps.migrations.graph(),
        deps.migrations.current(deps.signal),
        inputs.dbOnly
            ? Promise.resolve({ present: [], missing: [] })
            : deps.compose.imagesPresent(recordImageRefs(target.record.imageRefs)),
        deps.compose.composeFileHash().catch(() => null),
    ]));
    const plan = buildRollbackPlan({
        current: {
            deploymentId: current.deployment.id,
            sha: current.record.sha,
            version: current.record.version,
            dbRevision: current.record.alembic.after,
        },
        target: { deploymentId: target.deployment.id, record: target.record },
        dbOnly: inputs.dbOnly,
        dbSpec: inputs.dbRevision,
        graph,
        dbNow,
        imagesPresent: present,
        confirmDestructive: inputs.confirmDestructive,
        currentComposeHash: composeHash,
    });
    warnings.push(...plan.warnings);
    if (plan.refusals.length > 0)
        return refuse(plan.refusals, plan, dbNow);
    // Accessories are not a reason to refuse a rollback (it is the remedy), but they are watched.
    const accessoriesBefore = await deps.compose.accessories(plan.current.version).catch((e) => {
        warnings.push(`the accessories could not be read: ${errorMessage(e)}`);
        return undefined;
    });
    const accessoryGate = accessoriesBefore ? accessoriesGate(accessoriesBefore) : undefined;
    if (accessoryGate?.ok === false)
        warnings.push(`accessories before the rollback: ${accessoryGate.evidence}`);
    // 2. State: the kill switch does not block a rollback; Redis down is a warning.
    const op = await deps.state
        .read()
        .catch((e) => ({ killSwitch: undefined, breaker: undefined, error: errorMessage(e) }));
    if (op.error)
        warnings.push(`Redis could not be read (${op.error}); continuing: a rollback is the remedy`);
    else if (op.killSwitch)
        warnings.push("the kill switch is on; a rollback proceeds anyway (it is the remedy)");
    if (inputs.dryRun) {
        const holder = await deps.state.lockHolder().catch(() => undefined);
        if (holder)
            warnings.push(`the deploy lock is held by ${holder}; a real run would wait up to the lock timeout`);
        return {
            ...base,
            status: "dry-run",
            message: `dry run: would roll back ${shortSha(plan.current.sha)} → ${shortSha(plan.target.sha)}`,
            stateNow: "nothing was changed (dry run).",
            plan,
            refusals: [],
            warnings,
            dbRevisionNow: dbNow,
            checklist: [],
            nextSteps: ["Run again with dry-run: false to roll back."],
        };
    }
    // 3. The lock, shared with deploy, bounded wait. Redis down: proceed without it, loudly.
    let lock;
    const attempt = await tl.step("acquire deploy lock", () => deps.state
        .acquireLock({
        owner: inputs.run.runUrl || "rollback",
        ttlMs: inputs.lockTtlMs,
        waitMs: inputs.lockWaitMs,
        signal: deps.signal,
    })
        .catch((e) => ({ acquired: false, holder: undefined, error: errorMessage(e) })));
    if (attempt.acquired)
        lock = attempt.handle;
    else if (attempt.error)
        warnings.push(`deploy lock not taken: Redis unavailable (${attempt.error}); proceeding`);
    else
        return refuse([
            `the deploy lock is ${attempt.holder ?? `held by another run (waited ${Math.round(inputs.lockWaitMs / 1000)}s)`}`,
        ], plan, dbNow);
    try {
        const outcome = await rollback_executeRollback(plan, {
            environment: inputs.environment,
            reason: inputs.reason,
            trigger: "manual",
            integrityCommand: inputs.integrityCommand,
            strategy: inputs.strategy,
            faultyDeploymentId: undefined,
            tripBreakerOnSuccess: false,
            run: inputs.run,
            logTailLines: inputs.logTailLines,
            createHotfixBranch: inputs.createHotfixBranch,
            incident: inputs.incident,
            priorEvidence: [],
            failingServices: [],
            since: current.deployment.createdAt,
            accessoriesBefore,
        }, deps, tl);
        const status = outcome.ok ? "success" : outcome.cancelled ? "cancelled" : "failure";
        return {
            ...base,
            status,
            message: outcome.ok
                ? `rolled back ${shortSha(plan.current.sha)} → ${shortSha(plan.target.sha)}`
                : `rollback ${outcome.cancelled ? "cancelled" : "FAILED"}: ${outcome.error}`,
            stateNow: outcome.stateNow,
            plan,
            refusals: [],
            warnings,
            deploymentId: outcome.deploymentId,
            dbRevisionNow: outcome.dbRevisionNow,
            health: outcome.health,
            breakerTripped: outcome.breakerTripped,
            checklist: outcome.checklist,
            incident: outcome.incident,
            nextSteps: outcome.ok
                ? [
                    `Create and test the hotfix on ${outcome.incident?.hotfixBranch ?? "a hotfix branch"}.`,
                    "Complete the incident report and share it with the team.",
                ]
                : [
                    `Production needs a human now: ${outcome.stateNow}`,
                    "The breaker is tripped; check the services' logs and the database before resetting it.",
                ],
        };
    }
    finally {
        if (lock) {
            const released = await lock.release().catch(() => false);
            if (!released)
                deps.logger.warning("the deploy lock was no longer ours when releasing it (expired or taken)");
        }
    }
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/deploy.js
// The deploy engine: the runbook's §1 as one decision. Gates (read-only, all evaluated) → lock → images
// built and tagged by version → deployment recorded → baseline → backup → migrations → restart →
// verification and watch window → success, or the shared rollback engine. The lock is released and the
// deployment closed in every outcome, cancellation included.












function deploy_throwIfAborted(signal) {
    if (signal?.aborted)
        throw signal.reason instanceof Error ? signal.reason : new CancelledError();
}
async function deploy_deploy(inputs, deps) {
    const { github, state, compose, migrations, smoke, clock, logger, signal } = deps;
    const tl = new Timeline(clock, logger, deps.calls);
    const warnings = [];
    // Leftovers of an earlier run that died: a deployment still in progress.
    const deployments = await tl.step("read deployments", () => github.listDeployments(inputs.environment));
    const leftovers = deployments
        .filter((d) => effectiveState(d) === "in_progress")
        .map((d) => `deployment #${d.id} (${shortSha(d.sha)}) was left ${d.statuses[0]?.state ?? "pending"} by an earlier run: ${d.statuses[0]?.description ?? ""}`.trim());
    for (const l of leftovers)
        logger.warning(`leftover: ${l}`);
    const running = await compose.runningImages(inputs.version).catch(() => undefined);
    const current = currentRelease(deployments, running);
    const previousVersion = current?.record.version;
    const gates = await tl.step("pre-deployment gates", () => evaluateGates(inputs, deps, deployments));
    const rows = gates.rows;
    const result = {
        status: "refused",
        message: "",
        stateNow: "nothing was changed.",
        gates: rows,
        timeline: tl,
        deploymentId: undefined,
        version: inputs.version,
        previousVersion,
        dbBefore: gates.dbNow,
        dbNow: gates.dbNow,
        head: gates.head,
        pendingMigrations: gates.pending.map((m) => m.revision),
        appliedMigrations: [],
        images: undefined,
        health: undefined,
        decision: undefined,
        logErrors: {},
        metrics: undefined,
        accessories: { before: gates.accessories, after: undefined },
        complete: [],
        rollback: undefined,
        leftovers,
        warnings,
        nextSteps: [],
    };
    const refused = rows.filter((r) => r.ok === false);
    if (inputs.dryRun) {
        const holder = await state.lockHolder().catch((e) => `unknown (${errorMessage(e)})`);
        rows.push(gateRow("lock", holder ? false : undefined, holder ? `held by ${holder}` : "free (not taken in a dry run)"));
        result.status = "dry-run";
        result.message =
            refused.length === 0
                ? `dry run: ${shortSha(inputs.sha)} would deploy (${gates.pending.length} migration(s), tag ${shortVersion(inputs.version)})`
                : `dry run: the deploy would be refused (${refused.map((r) => r.id).join(", ")})`;
        result.stateNow = "nothing was changed (dry run).";
        result.nextSteps = refused.map((r) => `${r.label}: ${r.evidence}`);
        return result;
    }
    if (refused.length > 0) {
        rows.push(gateRow("lock", undefined, "not taken: an earlier gate refused"));
        result.message = `deploy refused: ${refused.map((r) => r.evidence).join("; ")}`;
        result.nextSteps = refused.map((r) => `${r.label}: ${r.evidence}`);
        return result;
    }
    const attempt = await tl.step("acquire deploy lock", () => state
        .acquireLock({
        owner: inputs.run.runUrl || `deploy ${inputs.sha}`,
        ttlMs: inputs.lockTtlMs,
        waitMs: inputs.lockWaitMs,
        signal,
    })
        .catch((e) => ({ acquired: false, holder: undefined, error: errorMessage(e) })));
    if (!attempt.acquired) {
        const why = attempt.error
            ? `Redis unavailable (${attempt.error}): fail closed`
            : (attempt.holder ?? `held by another run after waiting ${formatDuration(inputs.lockWaitMs)}`);
        rows.push(gateRow("lock", false, why));
        result.message = `deploy refused: the deploy lock is ${why}`;
        result.nextSteps = [
            "Wait for the other run to finish (or check the lock with `ops lock status`) and re-run.",
        ];
        return result;
    }
    const lock = attempt.handle;
    rows.push(gateRow("lock", true, `held by ${lock.owner}`));
    // Leftover deployments are closed now that we hold the lock (their run is gone).
    for (const d of deployments.filter((x) => effectiveState(x) === "in_progress")) {
        await github
            .setDeploymentStatus(d.id, {
            state: "error",
            description: statusDescription(`abandoned by an earlier run; found by ${inputs.run.runUrl}`),
            logUrl: inputs.run.runUrl,
            environment: inputs.environment,
        })
            .catch((e) => warnings.push(`could not close leftover #${d.id}: ${errorMessage(e)}`));
    }
    let phase = "preparing";
    let migrated = false;
    let restarted = false;
    const since = new Date(clock.now()).toISOString();
    const describe = () => {
        const db = result.dbNow === undefined ? "database revision unknown" : `database at ${revisionLabel(result.dbNow)}`;
        const services = restarted
            ? `services restarted on ${shortSha(inputs.sha)}`
            : phase === "restart"
                ? "services in an unknown state (restart interrupted)"
                : previousVersion
                    ? `services untouched (still ${shortVersion(previousVersion)})`
                    : "no service was started";
        return `${db}${migrated ? "" : " (unchanged)"}; ${services}.`;
    };
    try {
        deploy_throwIfAborted(signal);
        let baseline;
        if (inputs.baseline) {
            phase = "baseline";
            baseline = await tl.step("baseline smoke", () => smoke.check({ signal, version: previousVersion ?? inputs.version }));
        }
        phase = "images";
        const pulling = compose.imageSource === "pull";
        const images = await tl.step(`${pulling ? "pull" : "build and tag"} images ${shortVersion(inputs.version)}`, () => compose.prepareRelease(inputs.version, signal));
        result.images = images;
        deploy_throwIfAborted(signal);
        const record = {
            schema: RECORD_SCHEMA,
            kind: "deploy",
            sha: inputs.sha,
            previousSha: current?.record.sha ?? null,
            version: inputs.version,
            alembic: { before: gates.dbNow ?? null, after: gates.head ?? null, applied: result.pendingMigrations },
            images: Object.fromEntries(Object.entries(images).map(([s, v]) => [s, v.id])),
            imageRefs: Object.fromEntries(Object.entries(images).map(([s, v]) => [s, v.ref])),
            composeFileHash: await compose.composeFileHash().catch(() => null),
            runUrl: inputs.run.runUrl,
            actor: inputs.run.actor,
        };
        const created = await tl.step("record deployment", () => github.createDeployment({
            sha: inputs.sha,
            environment: inputs.environment,
            payload: record,
            description: statusDescription(`deploy ${shortSha(inputs.sha)} by ${inputs.run.actor}`),
        }));
        result.deploymentId = created.id;
        deps.onDeploymentCreated?.(created.id);
        await github.setDeploymentStatus(created.id, {
            state: "in_progress",
            description: statusDescription(`deploying ${shortSha(inputs.sha)}`),
            logUrl: inputs.run.runUrl,
            environment: inputs.environment,
        });
        if (inputs.backupCommand && gates.pending.length > 0) {
            deploy_throwIfAborted(signal);
            phase = "backup";
            const argv = inputs.backupCommand;
            await tl.step("database backup", async () => {
                const r = await deps.commands.run(argv, signal);
                if (!r.ok)
                    throw new Error(`backup command failed: ${errorLine(r.output)}`);
            });
        }
        if (gates.pending.length > 0) {
            deploy_throwIfAborted(signal);
            phase = "migrations";
            migrated = true;
            // Not cancellable half-way: a migration interrupted is worse than one finished (it has a timeout).
            const up = await tl.step("alembic upgrade head", () => migrations.upgrade("head"));
            result.dbNow = await migrations.current().catch(() => undefined);
            if (!up.ok || result.dbNow !== gates.head) {
                tl.setOutcome("alembic upgrade head", "failed", errorLine(up.output));
                migrated = result.dbNow !== gates.dbNow;
                return await finish("failure", `migration failed: ${errorLine(up.output)}; nothing was restarted`, [
                    `The database is at ${revisionLabel(result.dbNow)}; fix the migration and merge again.`,
                    "On databases without transactional DDL a failed migration can be half-applied: inspect the schema.",
                ]);
            }
            result.appliedMigrations = result.pendingMigrations;
        }
        let metricsBefore;
        const metrics = inputs.metrics;
        const fetchFn = deps.fetch ?? globalThis.fetch;
        if (metrics) {
            deploy_throwIfAborted(signal);
            metricsBefore = await tl.step("metrics before", () => readMetric(metrics, fetchFn, signal));
        }
        deploy_throwIfAborted(signal);
        phase = "restart";
        await tl.step(`restart (${inputs.strategy})`, () => compose.up(inputs.version, { strategy: inputs.strategy }));
        restarted = true;
        phase = "verify";
        const health = await tl.step("verify health", () => smoke.check({ baseline, signal, version: inputs.version }));
        let decision = decideHealth(health);
        result.health = health;
        const watchStart = clock.now();
        while (decision.action !== "rollback" && clock.now() - watchStart < inputs.watchMs) {
            await clock.sleep(Math.min(inputs.watchIntervalMs, inputs.watchMs - (clock.now() - watchStart)), signal);
            const again = await smoke.check({ baseline, signal, version: inputs.version });
            const d = decideHealth(again);
            result.health = again;
            if (d.action !== "ok" || decision.action === "ok")
                decision = d;
        }
        if (inputs.watchMs > 0)
            tl.mark("watch window", decision.action === "rollback" ? "failed" : "ok", decision.reasons.join("; ") || undefined, watchStart);
        result.decision = decision;
        await readAccessoriesAfter(inputs.version);
        const logs = await compose
            .logs(undefined, since, inputs.logTailLines, inputs.version)
            .catch((e) => {
            warnings.push(`could not read service logs: ${errorMessage(e)}`);
            return undefined;
        });
        if (logs)
            result.logErrors = scanLogs(logs, inputs.logErrorPattern);
        if (metrics) {
            const after = await tl.step("metrics after", () => readMetric(metrics, fetchFn, signal));
            result.metrics = compareMetrics(metrics, metricsBefore, after);
            if (result.metrics.ok === undefined)
                warnings.push(`metrics ${result.metrics.evidence}`);
        }
        if (decision.action === "rollback") {
            tl.setOutcome("verify health", "failed", decision.reasons.join("; "));
            return await failVerification(decision.reasons, result.health);
        }
        if (decision.action === "warn")
            warnings.push(...decision.reasons);
        const touched = accessoriesRow(result.accessories.before, result.accessories.after);
        if (touched?.ok === false)
            warnings.push(`accessories: ${touched.evidence}`);
        const metricsBad = result.metrics?.ok === false;
        if (metricsBad)
            warnings.push(`metrics not normal: ${result.metrics?.evidence}`);
        // Healthy: from here a failure is about the record, never a reason to roll back.
        phase = "record";
        await github.setDeploymentStatus(created.id, {
            state: "success",
            description: statusDescription(`deployed ${shortSha(inputs.sha)}; database at ${revisionLabel(result.dbNow)}`),
            logUrl: inputs.run.runUrl,
            environment: inputs.environment,
        });
        // Earlier deployments of the environment marked inactive explicitly.
        for (const d of deployments) {
            if (d.statuses[0]?.state === "success") {
                await github
                    .setDeploymentStatus(d.id, {
                    state: "inactive",
                    description: statusDescription(`replaced by ${shortSha(inputs.sha)}`),
                    logUrl: inputs.run.runUrl,
                    environment: inputs.environment,
                })
                    .catch((e) => warnings.push(`could not mark #${d.id} inactive: ${errorMessage(e)}`));
            }
        }
        await tl
            .step("prune old release images", () => compose.pruneReleases(inputs.keepReleases, [
            inputs.version,
            ...(previousVersion ? [previousVersion] : []),
        ]))
            .catch((e) => warnings.push(`pruning old images failed: ${errorMessage(e)}`));
        await state
            .audit({
            action: "deploy",
            reason: `deployed ${inputs.sha}`,
            detail: { run: inputs.run.runUrl, db: revisionLabel(result.dbNow) },
        })
            .catch(() => undefined);
        return await finish(decision.action === "warn" || metricsBad || touched?.ok === false ? "warning" : "success", `deployed ${shortSha(inputs.sha)}${inputs.version === inputs.sha ? "" : ` (tag ${inputs.version})`}${metricsBad ? "; metrics not normal" : ""}${touched?.ok === false ? `; accessories: ${touched.evidence}` : ""}`, [
            ...(decision.action === "warn" ? ["Watch the dashboards: degradation is between 20% and 50%."] : []),
            ...(metricsBad
                ? [
                    `Metrics are not normal after the deploy (${result.metrics?.evidence}): investigate or roll back.`,
                ]
                : []),
        ]);
    }
    catch (e) {
        if (errorKind(e) === "cancelled" || signal?.aborted) {
            result.dbNow = await migrations.current().catch(() => undefined);
            const stateNow = describe();
            if (result.deploymentId !== undefined) {
                await github
                    .setDeploymentStatus(result.deploymentId, {
                    state: "error",
                    description: statusDescription(`cancelled during ${phase}: ${stateNow}`),
                    logUrl: inputs.run.runUrl,
                    environment: inputs.environment,
                })
                    .catch(() => undefined);
            }
            result.status = "cancelled";
            result.message = `deploy cancelled during ${phase}`;
            result.stateNow = stateNow;
            result.nextSteps = [
                restarted || phase === "restart"
                    ? "Check the services now (run the smoke action) and roll back if they are unhealthy."
                    : "Nothing was restarted; re-run the deploy when ready.",
            ];
            return result;
        }
        // A failed restart or verification step: same policy as a failed verification.
        if (phase === "restart" || phase === "verify") {
            return await failVerification([
                `${phase === "restart" ? `restart (${inputs.strategy})` : "verification"} failed: ${errorLine(errorMessage(e))}`,
            ], result.health);
        }
        result.dbNow = await migrations.current().catch(() => result.dbNow);
        return await finish("failure", `deploy failed during ${phase}: ${errorMessage(e)}`, [
            `Fix the cause and re-run. ${describe()}`,
        ]);
    }
    finally {
        const released = await lock.release().catch(() => false);
        if (!released)
            warnings.push("the deploy lock was no longer ours when releasing it (expired or taken)");
        result.complete = completeChecklist(result, released, inputs);
    }
    async function finish(status, message, next) {
        result.status = status;
        result.message = message;
        result.stateNow = describe();
        result.nextSteps = next;
        // After an automatic rollback the faulty mark it set is this deployment's latest status: not overwritten.
        const markedFaulty = result.rollback?.markedFaulty === true;
        if ((status === "failure" || status === "rolled-back") &&
            result.deploymentId !== undefined &&
            !markedFaulty) {
            await github
                .setDeploymentStatus(result.deploymentId, {
                state: "failure",
                description: statusDescription(`${message}; ${result.stateNow}`),
                logUrl: inputs.run.runUrl,
                environment: inputs.environment,
            })
                .catch((err) => warnings.push(`could not set the deployment status: ${errorMessage(err)}`));
        }
        return result;
    }
    /** The accessories after the release (or its rollback), for the checklist row. */
    async function readAccessoriesAfter(version) {
        if (!result.accessories.before?.length)
            return;
        result.accessories.after = await compose.accessories(version).catch((e) => {
            result.accessories.error = errorMessage(e);
            return undefined;
        });
    }
    async function failVerification(reasons, health) {
        // The cause first, everywhere: headline, error line, deployment status, incident reason.
        const why = reasons.join("; ");
        if (inputs.onFailure === "stop" || !gates.rollbackTo) {
            await readAccessoriesAfter(inputs.version);
            if (!gates.rollbackTo) {
                return finish("failure", `${why}; not rolled back: this first deploy has no release to return to`, [
                    `The services run ${shortSha(inputs.sha)} unhealthy: fix forward (merge a fix), or stop them by hand.`,
                ]);
            }
            return finish("failure", `${why}; not rolled back (on-failure: stop)`, [
                `The services run ${shortSha(inputs.sha)} unhealthy. Press Rollback or fix forward.`,
            ]);
        }
        const target = gates.rollbackTo;
        const [graph, dbNow] = await Promise.all([migrations.graph(), migrations.current().catch(() => null)]);
        const plan = buildRollbackPlan({
            current: {
                deploymentId: result.deploymentId,
                sha: inputs.sha,
                version: inputs.version,
                dbRevision: result.dbNow ?? null,
            },
            target: { deploymentId: target.deployment.id, record: target.record },
            dbOnly: false,
            dbSpec: { kind: "recorded" },
            graph,
            dbNow,
            imagesPresent: await compose.imagesPresent(Object.values(target.record.imageRefs)),
            // The deploy brought these migrations minutes ago: undoing them is the rollback.
            confirmDestructive: true,
        });
        if (plan.refusals.length > 0) {
            await readAccessoriesAfter(inputs.version);
            return finish("failure", `${why}; the automatic rollback is not possible: ${plan.refusals.join("; ")}`, ["Production runs the new release unhealthy: act by hand now."]);
        }
        logger.warning(`${why}: rolling back to ${shortSha(target.record.sha)}`);
        const outcome = await executeRollback(plan, {
            environment: inputs.environment,
            // The cause itself: the incident's title and the records already say which release.
            reason: why,
            trigger: "automatic",
            integrityCommand: undefined,
            strategy: inputs.strategy,
            faultyDeploymentId: result.deploymentId,
            tripBreakerOnSuccess: true,
            run: inputs.run,
            logTailLines: inputs.logTailLines,
            createHotfixBranch: false,
            incident: inputs.incident,
            priorEvidence: health ? health.evidence.map((e) => `after deploy: ${e}`) : reasons,
            failingServices: health?.failingServices ?? [],
            since,
            accessoriesBefore: gates.accessories,
        }, deps, tl);
        result.rollback = { ...outcome, plan };
        result.dbNow = outcome.dbRevisionNow;
        result.accessories.after = outcome.accessoriesAfter;
        restarted = false;
        const r = await finish(outcome.ok ? "rolled-back" : "failure", outcome.ok
            ? `${why}; rolled back to ${shortSha(target.record.sha)}`
            : `${why}; the automatic rollback FAILED: ${outcome.error}`, outcome.ok
            ? [
                "The breaker is tripped: find the cause, fix forward on a hotfix branch, then reset the breaker.",
                `Incident report: ${outcome.incident?.path ?? ""}`,
            ]
            : [`Production needs a human now: ${outcome.stateNow}`]);
        r.stateNow = outcome.stateNow;
        return r;
    }
}
function scanLogs(logs, pattern) {
    const out = {};
    for (const [service, text] of Object.entries(logs)) {
        const hits = text.split("\n").filter((l) => pattern.test(l));
        out[service] = { count: hits.length, samples: hits.slice(0, 5) };
    }
    return out;
}
function completeChecklist(r, lockReleased, inputs) {
    if (r.status === "refused" || r.status === "dry-run")
        return [];
    const running = r.status === "success" || r.status === "warning";
    const errorCount = Object.values(r.logErrors).reduce((n, x) => n + x.count, 0);
    const logsChecked = Object.keys(r.logErrors).length > 0;
    return [
        {
            label: "Database migrated to head",
            ok: r.head === undefined ? undefined : r.dbNow === r.head,
            evidence: `alembic current ${revisionLabel(r.dbNow)}, head ${revisionLabel(r.head)}${r.appliedMigrations.length ? `; applied ${r.appliedMigrations.join(", ")}` : ""}`,
        },
        {
            label: `Services running ${shortVersion(inputs.version)}`,
            ok: running ? true : r.timeline.has(`restart (${inputs.strategy})`) ? false : undefined,
            evidence: r.images
                ? Object.values(r.images)
                    .map((i) => i.ref)
                    .join(", ")
                : "images not built",
        },
        {
            label: "Health endpoints and smoke tests pass",
            ok: r.health ? r.decision?.action !== "rollback" && r.health.verdict === "pass" : undefined,
            evidence: r.health
                ? `${r.health.verdict}${r.decision?.reasons.length ? `: ${r.decision.reasons.join("; ")}` : ""}`
                : undefined,
        },
        {
            label: "Logs show no errors",
            ok: logsChecked ? errorCount === 0 : undefined,
            evidence: logsChecked
                ? errorCount === 0
                    ? `no line matching ${inputs.logErrorPattern.source}`
                    : Object.entries(r.logErrors)
                        .filter(([, v]) => v.count > 0)
                        .map(([s, v]) => `${s}: ${v.count}`)
                        .join(", ")
                : "logs not read",
        },
        metricsRow(r.metrics ?? compareMetrics(inputs.metrics, undefined, undefined)),
        ...[accessoriesRow(r.accessories.before, r.accessories.after, r.accessories.error)].filter((x) => x !== undefined),
        {
            label: "Circuit breaker OPEN",
            ok: r.health?.breaker === undefined ? undefined : r.health.breaker === "OPEN",
            evidence: r.health?.breaker !== undefined ? `cb:state ${r.health.breaker}` : undefined,
        },
        {
            label: "Deployment recorded",
            ok: r.deploymentId !== undefined,
            evidence: r.deploymentId !== undefined
                ? `#${r.deploymentId}: ${running ? "success" : "failure"}`
                : "no deployment created",
        },
        { label: "Deploy lock released", ok: lockReleased },
    ];
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/record.js
// The deployment record: the versioned JSON payload of every GitHub Deployment this project creates, one
// per deploy and per rollback. A rollback trusts only what is recorded here (images, Alembic revision).
const record_RECORD_SCHEMA = 1;
/** GitHub rejects deployment status descriptions over 140 characters. */
const STATUS_DESCRIPTION_MAX = 140;
/** The description prefix that marks a deployment faulty (a later `failure` status starting with it). */
const FAULTY_PREFIX = "faulty:";
function isStringRecord(v) {
    return (typeof v === "object" &&
        v !== null &&
        !Array.isArray(v) &&
        Object.values(v).every((x) => typeof x === "string"));
}
const nullableString = (v) => v === null || typeof v === "string";
/**
 * Reads a payload as GitHub returns it (an object, or a JSON string for older API versions). Returns
 * undefined for anything that is not a record of a schema this code knows: such deployments are never
 * chosen as rollback targets.
 */
function record_parseRecord(payload) {
    let value = payload;
    if (typeof value === "string") {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    if (typeof value !== "object" || value === null)
        return undefined;
    const r = value;
    if (r.schema !== record_RECORD_SCHEMA)
        return undefined;
    if (r.kind !== "deploy" && r.kind !== "rollback")
        return undefined;
    if (typeof r.sha !== "string" || !nullableString(r.previousSha) || typeof r.version !== "string") {
        return undefined;
    }
    const a = r.alembic;
    if (typeof a !== "object" ||
        a === null ||
        !nullableString(a.before) ||
        !nullableString(a.after) ||
        !Array.isArray(a.applied) ||
        !a.applied.every((x) => typeof x === "string")) {
        return undefined;
    }
    if (!isStringRecord(r.images) || !isStringRecord(r.imageRefs))
        return undefined;
    const record = {
        schema: record_RECORD_SCHEMA,
        kind: r.kind,
        sha: r.sha,
        previousSha: r.previousSha,
        version: r.version,
        alembic: { before: a.before, after: a.after, applied: a.applied },
        images: r.images,
        imageRefs: r.imageRefs,
        composeFileHash: typeof r.composeFileHash === "string" ? r.composeFileHash : null,
        runUrl: typeof r.runUrl === "string" ? r.runUrl : "",
        actor: typeof r.actor === "string" ? r.actor : "",
    };
    if (typeof r.reason === "string")
        record.reason = r.reason;
    if (typeof r.replacesDeploymentId === "number")
        record.replacesDeploymentId = r.replacesDeploymentId;
    return record;
}
/** A status description GitHub accepts: one line, at most 140 characters, cut with an ellipsis. */
function record_statusDescription(text) {
    const line = text.replace(/\s+/g, " ").trim();
    if (line.length <= STATUS_DESCRIPTION_MAX)
        return line;
    return `${line.slice(0, STATUS_DESCRIPTION_MAX - 1).trimEnd()}…`;
}
function record_shortSha(sha) {
    return sha ? sha.slice(0, 7) : "none";
}
/** A version for headlines and checklists: a full commit sha (the default tag) shortened to 7. */
function record_shortVersion(version) {
    return /^[0-9a-f]{40}$/i.test(version) ? version.slice(0, 7) : version;
}
/**
 * The description of the status that marks a deployment faulty. `rolledBack: false` when the rollback
 * failed: the release was declared bad, but it was not (necessarily) replaced.
 */
function record_faultyDescription(reason, runUrl, rolledBack = true) {
    const run = runOf(runUrl);
    return record_statusDescription(
    // The cause first: the description is cut at 140 characters.
    rolledBack
        ? `${FAULTY_PREFIX} ${reason}; rolled back by run ${run}`
        : `${FAULTY_PREFIX} ${reason}; the rollback by run ${run} failed`);
}
const runOf = (runUrl) => runUrl.match(/\/runs\/(\d+)/)?.[1] ?? runUrl;

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/render.js
// Job summaries and JSON reports for deploy and rollback, pure: status first, the runbook's checklists
// with real ticks, the plan, the timeline with durations, health evidence, next steps.






const REPORT_SCHEMA = 1;
function timelineSection(title, tl) {
    if (tl.steps.length === 0)
        return "";
    const rows = tl.steps.map((s) => [
        mdText(new Date(s.startMs).toISOString().slice(11, 19)),
        mdText(s.name),
        mdText(formatDuration(s.durationMs)),
        s.outcome === "ok" ? "✅" : s.outcome === "failed" ? "❌" : s.outcome === "warning" ? "⚠️" : "⏭️",
        s.detail ? mdText(s.detail.slice(0, 300)) : "",
    ]);
    const chart = timelineChart(title, tl.steps.map((s) => ({
        name: s.name,
        startMs: s.startMs,
        durationMs: s.durationMs,
        failed: s.outcome === "failed",
    })));
    return [
        heading("Timeline"),
        table(["Time (UTC)", "Step", "Took", "", "Detail"], rows),
        tl.steps.length > 2 ? chart : "",
    ]
        .filter(Boolean)
        .join("\n\n");
}
function list(title, items) {
    if (items.length === 0)
        return "";
    return `${heading(title)}\n\n${items.map((i) => `- ${mdText(i)}`).join("\n")}`;
}
function renderPlan(plan) {
    const rows = [
        [
            "Release",
            `${mdCode(shortSha(plan.current.sha))} (#${plan.current.deploymentId ?? "?"})`,
            `${mdCode(shortSha(plan.target.sha))} (#${plan.target.deploymentId ?? "?"})`,
        ],
        ["Image tag", mdCode(plan.current.version), mdCode(plan.target.version)],
        [
            "Database",
            mdCode(revisionLabel(plan.current.dbRevision)),
            plan.dbTarget === undefined ? "unchanged (db-revision: none)" : mdCode(revisionLabel(plan.dbTarget)),
        ],
    ];
    const parts = [
        heading(plan.dbOnly ? "Plan (database only)" : "Plan"),
        table(["", "Current", "Target"], rows),
    ];
    if (plan.migrationsToUndo.length > 0) {
        parts.push(`Migrations to undo, in order: ${plan.migrationsToUndo.map((m) => `${mdCode(m.revision)}${m.destructiveDowngrade.length ? ` ⚠️ drops ${mdText(m.destructiveDowngrade.join(", "))}` : ""}`).join(", ")}`);
    }
    if (!plan.dbOnly) {
        parts.push(`Images to start (no rebuild): ${Object.entries(plan.images)
            .map(([s, ref]) => `${mdText(s)} ${mdCode(ref)}`)
            .join(", ") || "none"}`);
    }
    return parts.join("\n\n");
}
const DEPLOY_STATUS = {
    success: ["success", "Deployed"],
    warning: ["warning", "Deployed with warnings"],
    failure: ["failure", "Deploy failed"],
    "rolled-back": ["failure", "Deploy rolled back"],
    refused: ["refused", "Deploy refused"],
    "dry-run": ["neutral", "Deploy dry run"],
    cancelled: ["cancelled", "Deploy cancelled"],
};
function render_renderDeploySummary(r) {
    const [status, title] = DEPLOY_STATUS[r.status];
    const leftovers = r.leftovers.length
        ? `> ⚠️ Leftover from an earlier run: ${r.leftovers.map(mdText).join("; ")}`
        : "";
    const migrations = r.pendingMigrations.length > 0
        ? `${heading("Migrations")}\n\n${table(["Revision", "Applied"], r.pendingMigrations.map((m) => [mdCode(m), r.appliedMigrations.includes(m) ? "✅" : "—"]))}\n\nDatabase: ${mdCode(revisionLabel(r.dbBefore))} → ${mdCode(r.dbNow === undefined ? "unknown" : revisionLabel(r.dbNow))} (head ${mdCode(revisionLabel(r.head))})`
        : "";
    const health = r.health
        ? details(`Health evidence (${r.health.verdict})`, r.health.evidence.map((e) => `- ${mdText(e)}`).join("\n") || "_none_", r.status !== "success")
        : "";
    const logs = Object.entries(r.logErrors).filter(([, v]) => v.count > 0);
    const logSection = logs.length
        ? details("Error lines in the service logs", logs.map(([s, v]) => `**${mdText(s)}**: ${v.count}\n\n${mdBlock(v.samples.join("\n"))}`).join("\n\n"))
        : "";
    const rb = r.rollback;
    const rollbackPart = rb
        ? [
            headline(rb.ok ? "warning" : "failure", rb.ok ? "Automatic rollback completed" : "Automatic rollback FAILED", rb.stateNow),
            renderPlan(rb.plan),
            checklist("Rollback complete", rb.checklist),
            rb.incident ? details("Incident report", rb.incident.markdown) : "",
        ].join("\n\n")
        : "";
    return fitSections([
        // A failure's headline names its cause (the message starts with it), the details follow.
        headline(status, `${title}: ${shortVersion(r.version)}${status === "failure" ? ` — ${r.message.split("; ")[0]}` : ""}`, `${r.message}. ${r.stateNow}`),
        leftovers,
        list("Next steps", r.nextSteps),
        checklist("Pre-deployment checklist", gateChecklist(r.gates)),
        r.complete.length ? checklist("Deployment complete", r.complete) : "",
        list("Warnings", r.warnings),
        rollbackPart,
        migrations,
        health,
        logSection,
        timelineSection("Deploy", r.timeline),
    ]);
}
const ROLLBACK_STATUS = {
    success: ["success", "Rolled back"],
    failure: ["failure", "Rollback FAILED"],
    refused: ["refused", "Rollback refused"],
    "dry-run": ["neutral", "Rollback dry run"],
    cancelled: ["cancelled", "Rollback cancelled"],
};
function render_renderRollbackSummary(r) {
    const [status, title] = ROLLBACK_STATUS[r.status];
    const target = r.plan ? `: ${shortSha(r.plan.current.sha)} → ${shortSha(r.plan.target.sha)}` : "";
    return fitSections([
        headline(status, `${title}${target}`, `${r.message}. ${r.stateNow}`),
        list("Refused because", r.refusals),
        list("Next steps", r.nextSteps),
        r.checklist.length ? checklist("Rollback complete", r.checklist) : "",
        list("Warnings", r.warnings),
        r.plan ? renderPlan(r.plan) : "",
        r.health
            ? details(`Health after the rollback (${r.health.verdict})`, r.health.evidence.map((e) => `- ${mdText(e)}`).join("\n") || "_none_")
            : "",
        r.incident
            ? details(`Incident report — ${r.incident.path}`, r.incident.markdown, r.status === "failure")
            : "",
        timelineSection("Rollback", r.timeline),
    ]);
}
function planJson(plan) {
    return plan
        ? {
            current: plan.current,
            target: plan.target,
            dbOnly: plan.dbOnly,
            dbTarget: plan.dbTarget === undefined ? "unchanged" : revisionLabel(plan.dbTarget),
            migrationsToUndo: plan.migrationsToUndo.map((m) => m.revision),
            destructive: plan.destructive,
            images: plan.images,
        }
        : null;
}
const checks = (items) => items.map((c) => ({ label: c.label, ok: c.ok ?? null, evidence: c.evidence ?? null }));
const steps = (tl) => tl.steps.map((s) => ({ ...s, startedAt: new Date(s.startMs).toISOString() }));
/** The `report` output: JSON, `schema: 1`. */
function render_deployReport(r) {
    return {
        schema: REPORT_SCHEMA,
        kind: "deploy",
        status: r.status,
        message: r.message,
        stateNow: r.stateNow,
        version: r.version,
        previousVersion: r.previousVersion ?? null,
        deploymentId: r.deploymentId ?? null,
        database: {
            before: revisionLabel(r.dbBefore),
            now: r.dbNow === undefined ? null : revisionLabel(r.dbNow),
            head: r.head ?? null,
            pending: r.pendingMigrations,
            applied: r.appliedMigrations,
        },
        gates: r.gates,
        complete: checks(r.complete),
        images: r.images ?? null,
        health: r.health
            ? {
                verdict: r.health.verdict,
                degradationPct: r.health.degradationPct ?? null,
                crashLooping: r.health.crashLooping,
                breaker: r.health.breaker ?? null,
                evidence: r.health.evidence,
            }
            : null,
        decision: r.decision ?? null,
        logErrors: r.logErrors,
        metrics: r.metrics ?? null,
        rollback: r.rollback
            ? {
                ok: r.rollback.ok,
                stateNow: r.rollback.stateNow,
                deploymentId: r.rollback.deploymentId ?? null,
                breakerTripped: r.rollback.breakerTripped,
                plan: planJson(r.rollback.plan),
                incident: r.rollback.incident?.path ?? null,
                complete: checks(r.rollback.checklist),
            }
            : null,
        leftovers: r.leftovers,
        warnings: r.warnings,
        timeline: steps(r.timeline),
    };
}
function render_rollbackReport(r) {
    return {
        schema: REPORT_SCHEMA,
        kind: "rollback",
        status: r.status,
        message: r.message,
        stateNow: r.stateNow,
        plan: planJson(r.plan),
        refusals: r.refusals,
        deploymentId: r.deploymentId ?? null,
        database: r.dbRevisionNow === undefined ? null : revisionLabel(r.dbRevisionNow),
        breakerTripped: r.breakerTripped,
        complete: checks(r.checklist),
        health: r.health ? { verdict: r.health.verdict, evidence: r.health.evidence } : null,
        incident: r.incident
            ? {
                path: r.incident.path,
                pullRequest: r.incident.prUrl ?? null,
                hotfixBranch: r.incident.hotfixBranch,
            }
            : null,
        warnings: r.warnings,
        timeline: steps(r.timeline),
    };
}
function render_renderRestartSummary(r) {
    const status = r.status === "success" ? "success" : r.status === "refused" ? "refused" : "failure";
    return fitSections([
        headline(status, r.status === "success" ? "Restarted" : r.status === "refused" ? "Restart refused" : "Restart FAILED", r.message),
        checklist("Restart", r.checklist),
        r.health
            ? details(`Health after the restart (${r.health.verdict})`, r.health.evidence.map((e) => `- ${mdText(e)}`).join("\n") || "_none_", r.status !== "success")
            : "",
        timelineSection("Restart", r.timeline),
    ]);
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/restart.js
// The restart button from the runbook's service health check: restart one service (or all) through the
// same compose adapter, under the deploy lock shared with deploy and rollback, verify with the smoke core,
// and record it in the audit stream. Images do not change: this is not a release.




async function restart_restartServices(inputs, deps) {
    const tl = new Timeline(deps.clock, deps.logger, deps.calls);
    const what = inputs.services?.join(", ") ?? "all services";
    const attempt = await tl.step("acquire deploy lock", () => deps.state
        .acquireLock({
        owner: inputs.run.runUrl || "restart",
        ttlMs: inputs.lockTtlMs,
        waitMs: inputs.lockWaitMs,
        signal: deps.signal,
    })
        .catch((e) => ({ acquired: false, holder: undefined, error: errorMessage(e) })));
    if (!attempt.acquired) {
        const why = attempt.error
            ? `Redis unavailable (${attempt.error}): fail closed`
            : (attempt.holder ?? "held by another run");
        return {
            status: "refused",
            message: `restart refused: the deploy lock is ${why}`,
            timeline: tl,
            health: undefined,
            checklist: [{ label: "Deploy lock acquired", ok: false, evidence: why }],
        };
    }
    let restarted;
    let health;
    let error;
    try {
        // Compose reads the file with the running release's version (`${VAR:?}` needs one): the recorded one.
        const running = await deps.github
            .listDeployments(inputs.environment)
            .then((d) => currentRelease(d)?.record.version)
            .catch(() => undefined);
        await tl.step(`restart ${what}`, () => deps.compose.restart(inputs.services, deps.signal, running));
        restarted = true;
        health = await tl.step("verify health", () => deps.smoke.check({ signal: deps.signal, ...(running ? { version: running } : {}) }));
    }
    catch (e) {
        restarted ??= false;
        error = errorMessage(e);
    }
    finally {
        await attempt.handle.release().catch(() => false);
    }
    const decision = health ? decideHealth(health) : undefined;
    const ok = error === undefined && decision !== undefined && decision.action !== "rollback";
    await deps.state
        .audit({
        action: ok ? "restart" : "restart-failed",
        reason: inputs.reason,
        detail: { services: what, run: inputs.run.runUrl },
    })
        .catch((e) => deps.logger.warning(`audit failed: ${errorMessage(e)}`));
    return {
        status: ok ? "success" : "failure",
        message: ok
            ? `restarted ${what}; healthy`
            : error
                ? `restart of ${what} failed: ${error}`
                : `restarted ${what} but it is not healthy: ${decision?.reasons.join("; ")}`,
        timeline: tl,
        health,
        checklist: [
            { label: "Deploy lock acquired", ok: true },
            { label: `Restarted ${what}`, ok: restarted },
            {
                label: "Health endpoints and smoke tests pass",
                ok: decision ? decision.action !== "rollback" : undefined,
                evidence: health
                    ? `${health.verdict}${decision?.reasons.length ? `: ${decision.reasons.join("; ")}` : ""}`
                    : undefined,
            },
            { label: "Recorded in the audit stream", ok: true },
        ],
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/actions.js
// The bodies of actions/deploy and actions/rollback (and the deploy's `post:` backstop), run inside
// runAction: mask credentials, read the inputs once, wire the adapters, run the engine, set outputs and
// the summary. The actions' main.ts files only call these.












/** The repository's default branch, from the event payload; `master` when it does not say. */
async function defaultBranch(eventPath) {
    if (!eventPath)
        return "master";
    try {
        const event = JSON.parse(await readFile(eventPath, "utf8"));
        return event.repository?.default_branch || "master";
    }
    catch {
        return "master";
    }
}
function maskCredentials(ctx) {
    for (const secret of [
        ctx.inputs.optional("token"),
        ...(0,connection/* redisMasks */.vp)(ctx.inputs.optional("redis-url")),
        ctx.inputs.optional("notify-webhook"),
    ]) {
        if (secret)
            ctx.setSecret(secret);
    }
}
/** Who and where, as the engines record it. */
function runInfo(ctx) {
    return { runUrl: ctx.run.runUrl, actor: ctx.run.actor, repository: ctx.run.repository };
}
/** What every release action hands the adapters from its context. */
function contextWiring(ctx) {
    return { run: ctx.run, logger: ctx.logger, signal: ctx.signal, onCleanup: ctx.onCleanup, env: ctx.env };
}
/** Deploy and rollback also save the lock and the deployment for the `post:` backstop. */
function wireAction(ctx, host, kind, sha, extra = {}) {
    return wire({
        ...contextWiring(ctx),
        host,
        kind,
        sha,
        onLockAcquired: (value) => ctx.saveState("lock-value", value),
        onDeploymentCreated: (id) => ctx.saveState("deployment-id", String(id)),
        ...extra,
    });
}
async function writeIncidentFile(workspace, path, markdown) {
    const full = resolve(workspace, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, markdown);
    return full;
}
async function deployAction(ctx) {
    maskCredentials(ctx);
    const restart = ctx.inputs.optional("restart");
    if (restart !== undefined)
        return restartAction(ctx, restart);
    const config = await readDeployConfig(ctx.inputs, ctx.run, await defaultBranch(ctx.run.eventPath));
    const deps = wireAction(ctx, config.host, "deploy", config.deploy.sha);
    const result = await deploy({ ...config.deploy, run: runInfo(ctx) }, deps);
    ctx.saveState("finished", "true");
    ctx.setOutput("status", result.status);
    ctx.setOutput("deployment-id", result.deploymentId !== undefined ? String(result.deploymentId) : "");
    ctx.setOutput("version", result.version);
    ctx.setOutput("previous-version", result.previousVersion ?? "");
    ctx.setOutput("db-revision", result.dbNow === undefined ? "" : revisionLabel(result.dbNow));
    const incident = result.rollback?.incident;
    if (incident && config.host.incidentFile) {
        const full = await writeIncidentFile(ctx.env.GITHUB_WORKSPACE ?? process.cwd(), incident.path, incident.markdown);
        ctx.setOutput("incident-path", full);
    }
    else
        ctx.setOutput("incident-path", incident?.path ?? "");
    ctx.setOutput("report", JSON.stringify({ ...deployReport(result), calls: deps.calls?.summary() }));
    ctx.setSummary(renderDeploySummary(result));
    for (const w of result.warnings)
        ctx.logger.warning(w);
    ctx.logger.info(`deploy: ${result.status} — ${result.message}. ${result.stateNow}`);
    switch (result.status) {
        case "success":
        case "warning":
        case "dry-run":
            return undefined;
        case "refused":
            throw new RefusalError(result.message, result.gates.filter((g) => g.ok === false).map((g) => `${g.label}: ${g.evidence}`));
        case "cancelled":
            throw new CancelledError(`${result.message}; ${result.stateNow.replace(/\.$/, "")}`);
        default:
            return { failed: `${result.message}. ${result.stateNow}` };
    }
}
/**
 * The deploy's `post:` step: if the main step died before finishing, release the lock it held (only if
 * still ours) and close its deployment as `error`.
 */
async function deployPostAction(ctx) {
    const finished = ctx.env.STATE_finished === "true";
    const lockValue = ctx.env["STATE_lock-value"];
    const deploymentId = ctx.env["STATE_deployment-id"];
    if (finished || (!lockValue && !deploymentId)) {
        ctx.logger.info("deploy post: the main step finished and cleaned up; nothing to do");
        return undefined;
    }
    maskCredentials(ctx);
    const redisUrl = ctx.inputs.optional("redis-url");
    if (lockValue && redisUrl) {
        try {
            const released = await (0,state/* releaseLeftoverLock */.k)(redisUrl, ctx.inputs.string("key-prefix", ""), lockValue, ctx.logger);
            ctx.logger.warning(released
                ? "deploy post: released the deploy lock the main step left behind"
                : "deploy post: the deploy lock was already released or taken by another run");
        }
        catch (e) {
            ctx.logger.warning(`deploy post: could not release the deploy lock: ${(0,errors/* errorMessage */.gJ)(e)}`);
        }
    }
    if (deploymentId) {
        const token = ctx.inputs.optional("token");
        if (token) {
            const { githubAdapter } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3067));
            const gh = githubAdapter({ token, apiUrl: ctx.run.apiUrl, owner: ctx.run.owner, repo: ctx.run.repo });
            await gh
                .setDeploymentStatus(Number(deploymentId), {
                state: "error",
                description: record_statusDescription("the deploy step ended without finishing (cancelled or crashed); check the host"),
                logUrl: ctx.run.runUrl,
                environment: ctx.inputs.string("environment", "production"),
            })
                .catch((e) => ctx.logger.warning(`deploy post: could not close deployment #${deploymentId}: ${(0,errors/* errorMessage */.gJ)(e)}`));
        }
    }
    return undefined;
}
async function rollbackAction(ctx) {
    maskCredentials(ctx);
    const branch = await defaultBranch(ctx.run.eventPath);
    // The queue guard: engage the kill switch so no newer deploy enters the shared concurrency group.
    if (ctx.inputs.boolean("hold-deploys-only", false))
        return holdDeploys(ctx);
    const config = await readRollbackConfig(ctx.inputs, branch);
    const deps = wireAction(ctx, config.host, "rollback", ctx.run.sha, {
        ...(config.notifyWebhook ? { notifier: webhookNotifier(config.notifyWebhook) } : {}),
    });
    const result = await rollback({ ...config.rollback, run: runInfo(ctx) }, deps);
    ctx.saveState("finished", "true");
    ctx.setOutput("status", result.status);
    ctx.setOutput("deployment-id", result.deploymentId !== undefined ? String(result.deploymentId) : "");
    ctx.setOutput("version", result.plan?.target.version ?? "");
    ctx.setOutput("previous-version", result.plan?.current.version ?? "");
    ctx.setOutput("db-revision", result.dbRevisionNow === undefined ? "" : revisionLabel(result.dbRevisionNow));
    if (result.incident && config.host.incidentFile) {
        const full = await writeIncidentFile(ctx.env.GITHUB_WORKSPACE ?? process.cwd(), result.incident.path, result.incident.markdown);
        ctx.setOutput("incident-path", full);
    }
    else
        ctx.setOutput("incident-path", result.incident?.path ?? "");
    ctx.setOutput("report", JSON.stringify({ ...rollbackReport(result), calls: deps.calls?.summary() }));
    ctx.setSummary(renderRollbackSummary(result));
    for (const w of result.warnings)
        ctx.logger.warning(w);
    ctx.logger.info(`rollback: ${result.status} — ${result.message}. ${result.stateNow}`);
    switch (result.status) {
        case "success":
        case "dry-run":
            return undefined;
        case "refused":
            throw new RefusalError(result.message, result.refusals);
        case "cancelled":
            throw new CancelledError(`${result.message}; ${result.stateNow.replace(/\.$/, "")}`);
        default:
            return { failed: `${result.message}. ${result.stateNow}` };
    }
}
async function holdDeploys(ctx) {
    const url = ctx.inputs.required("redis-url", "the Redis holding the kill switch");
    const reason = ctx.inputs.required("reason", "why production is being rolled back");
    const { redisState } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9789));
    const state = redisState({
        url,
        keyPrefix: ctx.inputs.string("key-prefix", ""),
        logger: ctx.logger,
        kind: "rollback",
        actor: ctx.run.actor,
        runId: ctx.run.runId,
        runUrl: ctx.run.runUrl,
        sha: ctx.run.sha,
        onClose: ctx.onCleanup,
    });
    try {
        await state.setKillSwitch(true, `rollback queued by ${ctx.run.runUrl || ctx.run.actor}: ${reason}`);
        ctx.setOutput("status", "held");
        ctx.setSummary(`## 🛑 Deploys held for a rollback\n\nThe kill switch is on so that no newer deploy takes the rollback's place in the queue. Turn it off with the Kill switch button once production is healthy again.`);
        ctx.logger.info("kill switch engaged: deploys are held until the rollback is done and a person turns it off");
    }
    catch (e) {
        // Redis down is a warning for a rollback: the rollback itself must still run.
        ctx.setOutput("status", "not-held");
        ctx.logger.warning(`could not engage the kill switch to hold deploys: ${errorMessage(e)}`);
    }
    return undefined;
}
/** The restart button (`restart: <service>` or `all`): the same compose adapter, lock, smoke and audit. */
async function restartAction(ctx, which) {
    const reason = ctx.inputs.required("reason", "why the service is restarted (it goes into the audit stream)");
    const host = await readHost(ctx.inputs, await defaultBranch(ctx.run.eventPath));
    const services = which === "all" ? undefined : ctx.inputs.list("restart");
    // No post-step state: a restart creates no deployment, and its lock is released in finally.
    const deps = wire({ ...contextWiring(ctx), host, kind: "restart", sha: ctx.run.sha });
    const result = await restartServices({
        services,
        reason,
        lockWaitMs: host.lockWaitMs,
        lockTtlMs: host.lockTtlMs,
        environment: host.environment,
        run: runInfo(ctx),
    }, deps);
    ctx.setOutput("status", result.status);
    ctx.setOutput("report", JSON.stringify({
        schema: 1,
        kind: "restart",
        status: result.status,
        message: result.message,
        services: services ?? "all",
        health: result.health ? { verdict: result.health.verdict, evidence: result.health.evidence } : null,
        timeline: result.timeline.steps,
    }));
    ctx.setSummary(renderRestartSummary(result));
    if (result.status === "refused")
        throw new RefusalError(result.message);
    return result.status === "success" ? undefined : { failed: result.message };
}


/***/ }),

/***/ 3067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   githubAdapter: () => (/* binding */ githubAdapter)
/* harmony export */ });
/* unused harmony export releaseGitHubPort */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2235);
// ReleaseGitHub on the REST API through octokit (@actions/github, loaded lazily). Every request has a
// timeout. Deployments are created with `auto_merge: false`, explicit (empty) `required_contexts` — CI
// is a gate this project evaluates itself, with evidence — and `auto_inactive: false` on statuses: earlier
// deployments are marked inactive explicitly by the engine.
// `releaseGitHubPort` (used by the actions) delegates to ops-core/src/github/ (H-github: retries on
// idempotent calls, pagination, checked against GitHub's OpenAPI description); `githubAdapter` is this
// module's own direct octokit version, kept for the post step's single call.

async function loadOctokit(o) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 329).then(__nccwpck_require__.bind(__nccwpck_require__, 1329));
    const octokit = getOctokit(o.token, { baseUrl: o.apiUrl });
    const timeoutMs = o.timeoutMs ?? 15_000;
    // A fresh timeout per request; never mutate the shared request defaults (a signal left there would
    // abort every later request once it fires).
    octokit.hook.before("request", (options) => {
        options.request = {
            ...options.request,
            signal: AbortSignal.timeout(timeoutMs),
        };
    });
    return octokit;
}
function checkState(status, conclusion) {
    if (status !== "completed")
        return "pending";
    if (conclusion === "success")
        return "success";
    if (conclusion === "neutral")
        return "neutral";
    if (conclusion === "skipped")
        return "skipped";
    return "failure";
}
function githubAdapter(o) {
    let client;
    const gh = () => {
        client ??= loadOctokit(o);
        return client;
    };
    const repo = { owner: o.owner, repo: o.repo };
    const wrap = async (what, fn) => {
        const k = await gh();
        try {
            return await fn(k);
        }
        catch (e) {
            const status = e.status;
            const message = e instanceof Error ? e.message : String(e);
            if (status === undefined || status >= 500 || status === 429) {
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`GitHub API: ${what} failed: ${message}`, { cause: e });
            }
            throw new Error(`GitHub API: ${what} failed (${status}): ${message}`, { cause: e });
        }
    };
    return {
        listDeployments: (environment) => wrap("list deployments", async (k) => {
            const { data } = await k.rest.repos.listDeployments({
                ...repo,
                environment,
                per_page: o.historyLimit ?? 30,
            });
            return Promise.all(data.map(async (d) => {
                const statuses = await k.rest.repos.listDeploymentStatuses({
                    ...repo,
                    deployment_id: d.id,
                    per_page: 30,
                });
                const sorted = [...statuses.data].sort((a, b) => b.id - a.id);
                return {
                    id: d.id,
                    sha: d.sha,
                    environment: d.environment,
                    createdAt: d.created_at,
                    payload: d.payload,
                    statuses: sorted.map((s) => ({
                        state: s.state,
                        description: s.description ?? "",
                        createdAt: s.created_at,
                    })),
                };
            }));
        }),
        createDeployment: ({ sha, environment, payload, description }) => wrap("create deployment", async (k) => {
            const { data } = await k.rest.repos.createDeployment({
                ...repo,
                ref: sha,
                environment,
                payload: payload,
                description,
                auto_merge: false,
                required_contexts: [],
                production_environment: environment === "production",
                transient_environment: false,
            });
            if (!("id" in data))
                throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data).slice(0, 200)}`);
            return { id: data.id };
        }),
        setDeploymentStatus: (id, { state, description, logUrl, environment }) => wrap(`set deployment ${id} ${state}`, async (k) => {
            await k.rest.repos.createDeploymentStatus({
                ...repo,
                deployment_id: id,
                state,
                description,
                ...(logUrl ? { log_url: logUrl } : {}),
                environment,
                auto_inactive: false,
            });
        }),
        branchHead: (branch) => wrap(`read branch ${branch}`, async (k) => {
            const { data } = await k.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
            return data.object.sha;
        }),
        pullRequestForCommit: (sha) => wrap("find the pull request", async (k) => {
            const { data } = await k.rest.repos.listPullRequestsAssociatedWithCommit({
                ...repo,
                commit_sha: sha,
            });
            const pr = data.find((p) => p.merged_at) ?? data[0];
            if (!pr)
                return undefined;
            const reviews = await k.rest.pulls.listReviews({ ...repo, pull_number: pr.number, per_page: 100 });
            // A reviewer's latest decisive review counts (a later CHANGES_REQUESTED withdraws an approval).
            const latest = new Map();
            for (const r of reviews.data) {
                const login = r.user?.login ?? "";
                if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED" || r.state === "DISMISSED")
                    latest.set(login, r.state);
            }
            return {
                number: pr.number,
                title: pr.title,
                url: pr.html_url,
                merged: pr.merged_at !== null && pr.merged_at !== undefined,
                approvedBy: [...latest].filter(([, s]) => s === "APPROVED").map(([l]) => l),
            };
        }),
        commitChecks: (sha) => wrap("read CI checks", async (k) => {
            const [runs, statuses] = await Promise.all([
                k.rest.checks.listForRef({ ...repo, ref: sha, per_page: 100 }),
                k.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: 100 }),
            ]);
            const out = runs.data.check_runs.map((c) => ({
                name: c.name,
                state: checkState(c.status, c.conclusion),
                ...(c.html_url ? { url: c.html_url } : {}),
            }));
            for (const s of statuses.data.statuses) {
                out.push({
                    name: s.context,
                    state: s.state === "success" ? "success" : s.state === "pending" ? "pending" : "failure",
                    ...(s.target_url ? { url: s.target_url } : {}),
                });
            }
            return out;
        }),
        createBranch: (branch, sha) => wrap(`create branch ${branch}`, async (k) => {
            await k.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
        }),
        proposeFile: ({ base, branch, path, content, title, body }) => wrap("open the incident report pull request", async (k) => {
            const head = await k.rest.git.getRef({ ...repo, ref: `heads/${base}` });
            await k.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: head.data.object.sha });
            await k.rest.repos.createOrUpdateFileContents({
                ...repo,
                path,
                branch,
                message: title,
                content: Buffer.from(content, "utf8").toString("base64"),
            });
            const pr = await k.rest.pulls.create({ ...repo, base, head: branch, title, body });
            return pr.data.html_url;
        }),
    };
}
/**
 * The port over ops-core/github's client (created on first use). The run's cancel signal is not given to
 * it: a cancelled run must still be able to record what state it left.
 */
function releaseGitHubPort(o) {
    let port;
    const get = () => {
        port ??= (async () => {
            const [{ createGitHub, parseRepo }, { releaseGitHub }] = await Promise.all([
                __nccwpck_require__.e(/* import() */ 44).then(__nccwpck_require__.bind(__nccwpck_require__, 6044)),
                __nccwpck_require__.e(/* import() */ 312).then(__nccwpck_require__.bind(__nccwpck_require__, 312)),
            ]);
            const gh = await createGitHub({
                token: o.token,
                apiUrl: o.apiUrl,
                ...(o.setSecret ? { setSecret: o.setSecret } : {}),
            });
            return releaseGitHub(gh, parseRepo(o.repository));
        })();
        return port;
    };
    return {
        listDeployments: async (environment) => (await get()).listDeployments(environment),
        createDeployment: async (input) => (await get()).createDeployment(input),
        setDeploymentStatus: async (id, input) => (await get()).setDeploymentStatus(id, input),
        branchHead: async (branch) => (await get()).branchHead(branch),
        pullRequestForCommit: async (sha) => (await get()).pullRequestForCommit(sha),
        commitChecks: async (sha) => (await get()).commitChecks(sha),
        createBranch: async (branch, sha) => (await get()).createBranch(branch, sha),
        proposeFile: async (input) => (await get()).proposeFile(input),
    };
}


/***/ }),

/***/ 9789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  redisState: () => (/* binding */ redisState),
  k: () => (/* binding */ releaseLeftoverLock)
});

// EXTERNAL MODULE: ../../packages/ops-core/dist/action/errors.js
var errors = __nccwpck_require__(2235);
// EXTERNAL MODULE: ../../packages/ops-core/dist/state/audit.js
var audit = __nccwpck_require__(4042);
// EXTERNAL MODULE: ../../packages/ops-core/dist/state/state.js
var state = __nccwpck_require__(2576);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/change.js
// One state change: read the state, apply the keys and their audit entries atomically, read it again.



/** The state `before` with `applied` written over it (pure). */
function projectState(before, client, applied) {
    const k = client.keys;
    const value = (key, current) => {
        const c = applied.find((a) => a.key === key);
        return c ? c.new : current;
    };
    return (0,state/* interpretState */.Nz)({
        killSwitch: value(k.killSwitch, before.raw.killSwitch),
        breaker: value(k.breakerState, before.raw.breaker),
        tripReason: value(k.tripReason, before.tripReason),
        lastReset: value(k.lastReset, before.lastReset),
    });
}
async function change_changeState(client, op, request, changes, notes = () => []) {
    const before = await (0,state/* readState */.un)(client);
    const applied = await (0,audit/* applyChange */.hX)(client, op, request, changes);
    let after;
    const extra = [];
    try {
        after = await (0,state/* readState */.un)(client);
    }
    catch (error) {
        // The change is made (atomically, with its audit entries): report it rather than a failure.
        after = projectState(before, client, applied);
        extra.push(`the change was made, but reading the state back failed (${(0,errors/* errorMessage */.gJ)(error)}): "after" is computed`);
    }
    return {
        op,
        changed: applied.some((c) => c.old !== c.new),
        changes: applied,
        before,
        after,
        notes: [...notes(after), ...extra],
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/breaker.js
// The circuit breaker: `cb:state` OPEN (normal) or TRIPPED, with `cb:trip_reason` and `cb:last_reset`.



/** The runbook's questions before a reset; shown wherever a reset is asked for. */
const RECOVERY_QUESTIONS = (/* unused pure expression or super */ null && ([
    "Has the drawdown normalized?",
    "Is the broker API healthy?",
    "Are the data feeds current?",
]));
/** Sets `cb:state` = "TRIPPED" and `cb:trip_reason` = reason. */
function tripBreaker(client, request) {
    const k = client.keys;
    return change_changeState(client, "breaker.trip", request, [
        { key: k.breakerState, value: "TRIPPED" },
        { key: k.tripReason, value: request.reason.trim() },
    ]);
}
/**
 * Sets `cb:state` = "OPEN", `cb:last_reset` = now (ISO-8601) and removes `cb:trip_reason` (kept in the
 * audit stream). Refused while the kill switch is active: deactivate it first.
 */
async function resetBreaker(client, request) {
    const k = client.keys;
    const current = await readState(client);
    if (current.killSwitch !== "inactive") {
        throw new RefusalError(`the kill switch is ${current.killSwitch}: deactivate it before resetting the circuit breaker`, [
            `killswitch:active = ${JSON.stringify(current.raw.killSwitch)}`,
            `cb:state = ${JSON.stringify(current.raw.breaker)}`,
        ]);
    }
    return changeState(client, "breaker.reset", request, [
        { key: k.breakerState, value: "OPEN" },
        { key: k.lastReset, value: client.now().toISOString() },
        { key: k.tripReason, value: null },
    ]);
}

// EXTERNAL MODULE: ../../packages/ops-core/dist/state/client.js + 1 modules
var state_client = __nccwpck_require__(573);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/killswitch.js
// The kill switch, as the runbook flips it by hand: `killswitch:active` true/false. Activating it also
// trips the circuit breaker (the runbook's emergency stop does both); deactivating it leaves the breaker
// tripped: resetting the breaker is its own, approved step.

/** Sets `killswitch:active` = "true", `cb:state` = "TRIPPED" and `cb:trip_reason` = "kill switch: <reason>". */
function activateKillSwitch(client, request) {
    const k = client.keys;
    return change_changeState(client, "killswitch.activate", request, [
        { key: k.killSwitch, value: "true" },
        { key: k.breakerState, value: "TRIPPED" },
        { key: k.tripReason, value: `kill switch: ${request.reason.trim()}` },
    ]);
}
/** Sets `killswitch:active` = "false". The breaker is not touched (reset it separately, with approval). */
function deactivateKillSwitch(client, request) {
    return change_changeState(client, "killswitch.deactivate", request, [{ key: client.keys.killSwitch, value: "false" }], (after) => after.breaker === "OPEN"
        ? []
        : [
            `the circuit breaker is still ${after.breaker}: trading stays stopped until it is reset (breaker reset, behind approval)`,
        ]);
}

// EXTERNAL MODULE: ../../packages/ops-core/dist/state/lock.js
var lock = __nccwpck_require__(8698);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/adapters/state.js
// ReleaseState over the state module (Redis): the connection is opened lazily on first use, so a run
// that never reaches Redis never loads ioredis; a connection failure is reported per call (the deploy
// gate fails closed on it; the rollback carries on with a warning).







function redisState(o) {
    let client;
    const open = () => {
        if (!client) {
            client = (0,state_client/* openState */.G)(o.url, { keyPrefix: o.keyPrefix, logger: o.logger, input: "redis-url" });
            client.then((c) => o.onClose(() => c.close()), () => undefined);
        }
        return client;
    };
    const who = () => ({ actor: o.actor || "unknown", runUrl: o.runUrl, runId: o.runId });
    return {
        async read() {
            try {
                const s = await (0,state/* readState */.un)(await open());
                return {
                    // An unreadable kill switch value is treated as on (fail closed).
                    killSwitch: s.killSwitch !== "inactive",
                    breaker: s.breaker === "unknown" ? undefined : s.breaker,
                };
            }
            catch (e) {
                return { killSwitch: undefined, breaker: undefined, error: (0,errors/* errorMessage */.gJ)(e) };
            }
        },
        async acquireLock({ ttlMs, waitMs, signal }) {
            const c = await open();
            try {
                const held = await (0,lock/* acquireDeployLock */.zE)(c, { kind: o.kind, actor: o.actor, runId: o.runId, runUrl: o.runUrl, sha: o.sha }, { ttlMs, waitMs, signal, logger: o.logger });
                o.onLockAcquired?.(held.value);
                return {
                    acquired: true,
                    handle: {
                        owner: `${o.kind} run ${o.runId || "?"} (fence ${held.fence})`,
                        release: () => held.release(),
                    },
                };
            }
            catch (e) {
                if (!(e instanceof errors/* RefusalError */.XQ))
                    throw e;
                // "the deploy lock is held by deploy run 41…; waited 5s, giving up" / "…was taken by hand by ops…"
                const holder = e.message.replace(/^the deploy lock (is |was )?/, "");
                return { acquired: false, holder: [holder, ...e.evidence.slice(0, 2)].join("; ") };
            }
        },
        async lockHolder() {
            const info = await (0,lock/* lockStatus */.oj)(await open());
            if (!info.held)
                return undefined;
            const owner = info.owner;
            return owner
                ? `${owner.kind} run ${owner.runId ?? "?"} (${owner.runUrl ?? owner.actor})`
                : String(info.raw);
        },
        async tripBreaker(reason) {
            await tripBreaker(await open(), { ...who(), reason });
        },
        async setKillSwitch(active, reason) {
            const c = await open();
            await (active
                ? activateKillSwitch(c, { ...who(), reason })
                : deactivateKillSwitch(c, { ...who(), reason }));
        },
        async audit({ action, reason, detail }) {
            const text = detail
                ? `${reason} (${Object.entries(detail)
                    .map(([k, v]) => `${k}=${v}`)
                    .join(", ")})`
                : reason;
            await (0,audit/* recordAudit */.h3)(await open(), `release.${action}`, { ...who(), reason: text.slice(0, 1000) });
        },
    };
}
/** The `post:` step's backstop: deletes the lock only if it still holds `value` (compare-and-delete). */
async function releaseLeftoverLock(url, keyPrefix, value, logger) {
    const { releaseLock } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 8698));
    const client = await (0,state_client/* openState */.G)(url, { keyPrefix, logger, input: "redis-url" });
    try {
        return await releaseLock(client, value);
    }
    finally {
        await client.close();
    }
}


/***/ }),

/***/ 4042:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h3: () => (/* binding */ recordAudit),
/* harmony export */   hX: () => (/* binding */ applyChange)
/* harmony export */ });
/* unused harmony exports AUDIT_MAXLEN, MAX_REASON_LENGTH, checkReason, listAudit, parseAuditFields */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2235);
// The audit stream: every change to the operational state is appended (XADD) with who, when, why, the run,
// the key and its old and new value, in the same atomic step as the change itself (one Lua script), so a
// change can never happen without its record. Listing reads the newest entries first (XREVRANGE).

/** The stream is trimmed to about this many entries. */
const AUDIT_MAXLEN = 10_000;
const MAX_REASON_LENGTH = 1_000;
/** Checks a change's reason: required, not blank, at most 1000 characters. Returns it trimmed. */
function checkReason(reason, input = "reason", label = input) {
    const text = (reason ?? "").trim();
    if (text === "") {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is required: say why (it is recorded in the audit stream)`, {
            input,
        });
    }
    if (text.length > MAX_REASON_LENGTH) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is ${text.length} characters long; keep it under ${MAX_REASON_LENGTH}`, {
            input,
        });
    }
    return text;
}
// KEYS[1] = the stream, KEYS[2..] = the keys to change.
// ARGV: maxlen, op, actor, time, reason, run_url, run_id, then per key: mode ("set"|"del"), value.
// Returns, per key: {old value or "", 1 if it existed else 0, stream id}.
const APPLY_SCRIPT = `
local base = {'op', ARGV[2], 'actor', ARGV[3], 'time', ARGV[4], 'reason', ARGV[5], 'run_url', ARGV[6], 'run_id', ARGV[7]}
local out = {}
for i = 2, #KEYS do
  local key = KEYS[i]
  local mode = ARGV[4 + 2 * i]
  local value = ARGV[5 + 2 * i]
  local old = redis.call('GET', key)
  if mode == 'set' then redis.call('SET', key, value) else redis.call('DEL', key) end
  local fields = {}
  for _, f in ipairs(base) do fields[#fields + 1] = f end
  fields[#fields + 1] = 'key'
  fields[#fields + 1] = key
  if old then
    fields[#fields + 1] = 'old'
    fields[#fields + 1] = old
  end
  if mode == 'set' then
    fields[#fields + 1] = 'new'
    fields[#fields + 1] = value
  end
  local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', unpack(fields))
  out[#out + 1] = {old or '', old and 1 or 0, id}
end
return out
`;
function baseArgs(client, op, who) {
    return [
        String(AUDIT_MAXLEN),
        op,
        who.actor || "unknown",
        client.now().toISOString(),
        who.reason,
        who.runUrl ?? "",
        who.runId ?? "",
    ];
}
/**
 * Sets or deletes `changes` and appends one audit entry per key, atomically. Returns each key's old value
 * and its audit id.
 */
async function applyChange(client, op, request, changes) {
    const reason = checkReason(request.reason);
    const args = baseArgs(client, op, { ...request, reason });
    for (const c of changes)
        args.push(c.value === null ? "del" : "set", c.value ?? "");
    const keys = [client.keys.audit, ...changes.map((c) => c.key)];
    const reply = (await client.redis.eval(APPLY_SCRIPT, keys.length, ...keys, ...args));
    return changes.map((c, i) => {
        const [old, existed, id] = reply[i] ?? ["", 0, ""];
        return { key: c.key, old: existed ? String(old) : null, new: c.value, auditId: String(id) };
    });
}
/** Appends an entry that records a decision or an action outside the state keys (break-glass, forced release). */
async function recordAudit(client, op, request, detail = {}) {
    const reason = checkReason(request.reason);
    const [maxlen, ...rest] = baseArgs(client, op, { ...request, reason });
    const names = ["op", "actor", "time", "reason", "run_url", "run_id"];
    const fields = names.flatMap((n, i) => [n, rest[i] ?? ""]);
    fields.push("key", detail.key ?? "");
    if (detail.old !== undefined && detail.old !== null)
        fields.push("old", detail.old);
    if (detail.new !== undefined && detail.new !== null)
        fields.push("new", detail.new);
    const id = await client.redis.xadd(client.keys.audit, "MAXLEN", "~", maxlen ?? String(AUDIT_MAXLEN), "*", ...fields);
    return String(id);
}
/** The newest `count` entries, newest first. */
async function listAudit(client, count = 20) {
    const n = Math.max(1, Math.min(1000, Math.floor(count)));
    const rows = await client.redis.xrevrange(client.keys.audit, "+", "-", "COUNT", n);
    return rows.map(([id, fields]) => parseAuditFields(id, fields));
}
/** A stream entry's flat field list as an AuditEntry (unknown fields ignored, missing ones empty). */
function parseAuditFields(id, fields) {
    const map = new Map();
    for (let i = 0; i + 1 < fields.length; i += 2)
        map.set(fields[i], fields[i + 1]);
    return {
        id,
        op: map.get("op") ?? "",
        time: map.get("time") ?? "",
        actor: map.get("actor") ?? "",
        reason: map.get("reason") ?? "",
        runUrl: map.get("run_url") ?? "",
        runId: map.get("run_id") ?? "",
        key: map.get("key") ?? "",
        old: map.has("old") ? map.get("old") : null,
        new: map.has("new") ? map.get("new") : null,
    };
}


/***/ }),

/***/ 573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ openState)
});

// EXTERNAL MODULE: ../../packages/ops-core/dist/state/connection.js
var state_connection = __nccwpck_require__(9565);
// EXTERNAL MODULE: ../../packages/ops-core/dist/action/errors.js
var errors = __nccwpck_require__(2235);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/keys.js
// The key names, exactly as the runbook and the running services use them, behind an optional prefix.

const KEY_NAMES = {
    killSwitch: "killswitch:active",
    breakerState: "cb:state",
    tripReason: "cb:trip_reason",
    lastReset: "cb:last_reset",
    audit: "ops:audit",
    lock: "deploy:lock",
    lockFence: "deploy:lock:fence",
};
const PREFIX = /^[A-Za-z0-9:_.{}-]{0,64}$/;
/** The keys under `prefix` (used as is: give `staging:` for `staging:cb:state`). */
function stateKeys(prefix = "", input = "key-prefix") {
    if (!PREFIX.test(prefix)) {
        throw new errors/* ConfigurationError */.j1(`${input}: ${JSON.stringify(prefix.slice(0, 80))} is not a valid key prefix; use up to 64 letters, digits and : _ . - { }`, { input });
    }
    return {
        prefix,
        killSwitch: `${prefix}${KEY_NAMES.killSwitch}`,
        breakerState: `${prefix}${KEY_NAMES.breakerState}`,
        tripReason: `${prefix}${KEY_NAMES.tripReason}`,
        lastReset: `${prefix}${KEY_NAMES.lastReset}`,
        audit: `${prefix}${KEY_NAMES.audit}`,
        lock: `${prefix}${KEY_NAMES.lock}`,
        lockFence: `${prefix}${KEY_NAMES.lockFence}`,
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/client.js
// A state client: one open connection, the key names, and a clock. Every state function takes one.


/** Validates the prefix, then connects (see connectRedis for the bounds and the errors). */
async function openState(url, options = {}) {
    const keys = stateKeys(options.keyPrefix ?? "", options.prefixInput);
    const connection = await (0,state_connection/* connectRedis */.mg)(url, options);
    return {
        redis: connection.redis,
        keys,
        target: connection.target,
        now: options.now ?? (() => new Date()),
        close: connection.close,
    };
}


/***/ }),

/***/ 9565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ RedisAuthError),
/* harmony export */   LP: () => (/* binding */ DEFAULT_COMMAND_TIMEOUT_MS),
/* harmony export */   mg: () => (/* binding */ connectRedis),
/* harmony export */   od: () => (/* binding */ DEFAULT_CONNECT_TIMEOUT_MS),
/* harmony export */   vp: () => (/* binding */ redisMasks)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_RETRIES, maskUrl, parseRedisUrl, redisSecrets, loadRedis */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2235);
// The Redis connection, bounded in every way: ioredis is loaded only when a run needs it, connects with a
// deadline, answers each command within a timeout or fails, queues nothing while offline, retries a few
// times and then gives up, and is always closed (QUIT with a deadline, then a hard disconnect). Without
// this, ioredis reconnects forever and an unreachable server keeps a finished step alive.


const DEFAULT_CONNECT_TIMEOUT_MS = 2_000;
const DEFAULT_COMMAND_TIMEOUT_MS = 2_000;
const DEFAULT_MAX_RETRIES = 2;
const QUIT_TIMEOUT_MS = 500;
function fail(input, url, why) {
    const shown = url === undefined ? "the value (not shown)" : JSON.stringify(maskUrl(url));
    throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: ${shown} is not a valid Redis URL (${why}); expected redis://[user:password@]host[:port][/db] or rediss://… for TLS`, { input });
}
/** A Redis URL with any password replaced by `***`, even when the URL does not parse. */
function maskUrl(url) {
    const m = AUTHORITY.exec(url);
    if (!m)
        return url;
    const [whole, scheme, userinfo] = m;
    const colon = userinfo.indexOf(":");
    if (colon < 0)
        return url;
    return `${scheme}${userinfo.slice(0, colon)}:***@${url.slice(whole.length)}`;
}
/** `scheme://userinfo@`: the userinfo runs to the last `@` before the path, as URL parsers read it. */
const AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;
/** Parses `redis://` / `rediss://` URLs (user and password URL-encoded, optional `/db`). */
function parseRedisUrl(url, input = "redis-url") {
    const text = url.trim();
    if (text === "")
        fail(input, url, "it is empty");
    let parsed;
    try {
        parsed = new URL(text);
    }
    catch {
        // Not shown: a value that does not parse may be a bare password pasted into the wrong place.
        return fail(input, undefined, "it does not parse as a URL");
    }
    if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") {
        fail(input, url, `the scheme ${JSON.stringify(parsed.protocol.replace(/:$/, ""))} is not redis or rediss`);
    }
    if (!parsed.hostname)
        fail(input, url, "it has no host");
    const port = parsed.port ? Number(parsed.port) : 6379;
    let db = 0;
    const path = parsed.pathname.replace(/^\//, "");
    if (path !== "") {
        if (!/^\d{1,2}$/.test(path))
            fail(input, url, `the database ${JSON.stringify(path)} is not a number`);
        db = Number(path);
    }
    let username;
    let password;
    try {
        username = parsed.username ? decodeURIComponent(parsed.username) : undefined;
        password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
    }
    catch {
        fail(input, url, "its user or password is not valid URL encoding");
    }
    const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
    return {
        display: maskUrl(text),
        host,
        port,
        tls: parsed.protocol === "rediss:",
        username,
        password,
        db,
    };
}
/**
 * Every form in which the URL's password could be printed: as written in the URL, URL-decoded, and
 * URL-encoded (`encodeURIComponent`). Mask them all (ctx.setSecret) before anything can print them.
 * Returns [] when the URL has no password or does not parse.
 */
function redisSecrets(url) {
    if (!url)
        return [];
    const forms = new Set();
    const userinfo = AUTHORITY.exec(url.trim())?.[2] ?? "";
    const colon = userinfo.indexOf(":");
    const raw = colon >= 0 ? userinfo.slice(colon + 1) : "";
    if (raw) {
        forms.add(raw);
        try {
            const decoded = decodeURIComponent(raw);
            forms.add(decoded);
            forms.add(encodeURIComponent(decoded));
        }
        catch {
            // not valid encoding: the raw form is all there is
        }
    }
    return [...forms].filter((f) => f.length > 0);
}
/** Everything to mask for a Redis URL given as an input: the URL itself and every form of its password. */
function redisMasks(url) {
    // The whole URL too, even without a password: it is usually a secret, and may carry one elsewhere.
    return url ? [url, ...redisSecrets(url)] : [];
}
/** Redis refused the user or password: the workflow's to fix, but also "Redis cannot be read". */
class RedisAuthError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1 {
    constructor(message, options = {}) {
        super(message, options);
        this.name = "RedisAuthError";
    }
}
let redisClass;
/**
 * Loads ioredis on first use. Its `debug` output (DEBUG=ioredis:*) prints every command's arguments,
 * AUTH included, so it is switched off while the module loads.
 */
function loadRedis() {
    redisClass ??= (async () => {
        const saved = process.env.DEBUG;
        if (saved)
            process.env.DEBUG = `${saved},-ioredis:*`;
        try {
            const mod = (await __nccwpck_require__.e(/* import() */ 832).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6832, 19)));
            const ctor = mod.Redis ??
                (typeof mod.default === "function"
                    ? mod.default
                    : mod.default?.Redis);
            if (!ctor)
                throw new Error("ioredis did not export Redis");
            return ctor;
        }
        finally {
            if (saved !== undefined)
                process.env.DEBUG = saved;
        }
    })();
    return redisClass;
}
/** The CA certificates Node trusts by default (system store and NODE_EXTRA_CA_CERTS), to add ours to. */
async function defaultCertificates() {
    const tls = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1692, 19));
    return tls.getCACertificates?.("default") ?? [...tls.rootCertificates];
}
/** Hides the password in anything ioredis may say (error messages carry host and port, not AUTH, but be sure). */
function scrub(message, secrets) {
    let out = message;
    for (const s of secrets)
        if (s.length >= 3)
            out = out.split(s).join("***");
    return out;
}
/**
 * Connects and checks the server answers (PING). Throws a ConfigurationError for a bad URL and a
 * TransientError (naming host and port, never the password) when the server cannot be reached in time.
 */
async function connectRedis(url, options = {}) {
    const input = options.input ?? "redis-url";
    const parsed = parseRedisUrl(url, input);
    const secrets = redisSecrets(url);
    const connectTimeout = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    const commandTimeout = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const logger = options.logger;
    const Redis = await loadRedis();
    const target = {
        display: parsed.display,
        host: parsed.host,
        port: parsed.port,
        tls: parsed.tls,
        username: parsed.username,
        db: parsed.db,
    };
    const where = `${parsed.tls ? "rediss" : "redis"}://${parsed.host}:${parsed.port}`;
    const redis = new Redis({
        host: parsed.host,
        port: parsed.port,
        username: parsed.username,
        password: parsed.password,
        db: parsed.db,
        tls: parsed.tls
            ? {
                // SNI takes a host name, never an IP address (RFC 6066).
                ...((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(parsed.host) ? {} : { servername: parsed.host }),
                ...(options.tlsCa ? { ca: [...(await defaultCertificates()), options.tlsCa.toString()] } : {}),
            }
            : undefined,
        lazyConnect: true,
        connectTimeout,
        commandTimeout,
        enableOfflineQueue: false,
        enableReadyCheck: true,
        maxRetriesPerRequest: 0,
        autoResendUnfulfilledCommands: false,
        reconnectOnError: null,
        // ioredis keeps a timer this long after disconnecting a socket that is already gone.
        disconnectTimeout: 200,
        retryStrategy: (times) => (times > maxRetries ? null : Math.min(100 * 2 ** (times - 1), 1_000)),
    });
    let lastError;
    redis.on("error", (error) => {
        lastError = scrub(error.message, secrets);
        logger?.debug(`redis ${where}: ${lastError}`);
    });
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        if (redis.status === "ready") {
            let timer;
            try {
                await Promise.race([
                    redis.quit(),
                    new Promise((resolve) => {
                        timer = setTimeout(resolve, QUIT_TIMEOUT_MS);
                    }),
                ]);
            }
            catch {
                // the hard disconnect below closes it anyway
            }
            finally {
                clearTimeout(timer);
            }
        }
        if (redis.status === "reconnecting" || redis.status === "close" || redis.status === "wait") {
            // No socket is open: stopping the reconnection is all there is to do.
            redis.disconnect(false);
        }
        else if (redis.status !== "end") {
            const ended = new Promise((resolve) => {
                const t = setTimeout(resolve, QUIT_TIMEOUT_MS);
                redis.once("end", () => {
                    clearTimeout(t);
                    resolve();
                });
            });
            redis.disconnect(false);
            // A frozen server never answers our FIN: drop the socket now rather than when its timeout fires.
            redis.stream?.destroy();
            await ended;
        }
    };
    let timer;
    try {
        await Promise.race([
            (async () => {
                await redis.connect();
                await redis.ping();
            })(),
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(`no answer within ${connectTimeout} ms (is the server frozen or the port wrong?)`)), connectTimeout);
            }),
        ]);
    }
    catch (error) {
        await close();
        const why = scrub(error instanceof Error ? error.message : String(error), secrets);
        const detail = lastError && /^Connection is closed/.test(why)
            ? lastError
            : lastError && lastError !== why
                ? `${why}: ${lastError}`
                : why;
        if (/WRONGPASS|NOAUTH|NOPERM|invalid username-password/i.test(detail)) {
            throw new RedisAuthError(`Redis at ${where} refused the credentials in ${input}: ${detail}`, { input });
        }
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransientError */ .N_(`Redis at ${where} cannot be reached: ${detail}`, { cause: error });
    }
    finally {
        clearTimeout(timer);
    }
    logger?.debug(`redis: connected to ${parsed.display}`);
    return { redis, target, close };
}


/***/ }),

/***/ 8698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   oj: () => (/* binding */ lockStatus),
/* harmony export */   releaseLock: () => (/* binding */ releaseLock),
/* harmony export */   zE: () => (/* binding */ acquireDeployLock)
/* harmony export */ });
/* unused harmony exports DEFAULT_LOCK_TTL_MS, DEFAULT_LOCK_POLL_MS, describeLockValue, lockEvidence, abortableSleep, tryAcquireLock, takeManualLock, forceReleaseLock, lockRequestFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2235);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(165);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4042);
// The deploy lock: one deploy or rollback at a time. `SET NX PX` of an owner record (run id and URL, sha,
// actor, start time, kind) with a fencing number from a counter (INCR), both in one script; a heartbeat
// extends it while the run lives (compare-and-extend), and release deletes it only if it is still ours
// (compare-and-delete). Waiting is bounded and never waits on a lock a person took by hand. A forced
// release is recorded in the audit stream.





const DEFAULT_LOCK_TTL_MS = 120_000;
const DEFAULT_LOCK_POLL_MS = 2_000;
/** The lock as parsed from its raw value (pure). */
function describeLockValue(key, raw, ttlMs) {
    if (raw === null)
        return { key, held: false, raw, owner: null, manual: false, ttlMs: null, fence: null };
    let owner = null;
    try {
        const parsed = JSON.parse(raw);
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
            owner = parsed;
    }
    catch {
        owner = null;
    }
    const manual = owner === null || owner.manual === true || owner.kind === "manual" || !owner.runId;
    const fence = owner && typeof owner.fence === "number" ? owner.fence : null;
    return { key, held: true, raw, owner, manual, ttlMs, fence };
}
/** One line per fact about the holder, for refusals and summaries. */
function lockEvidence(info) {
    if (!info.held)
        return [`${info.key} is free`];
    const lines = [];
    const o = info.owner;
    if (!o)
        lines.push(`${info.key} = ${JSON.stringify(info.raw)} (not an owner record: taken by hand)`);
    else {
        lines.push(`held by ${o.manual || o.kind === "manual" || !o.runId ? "a person, by hand" : `${o.kind} run ${o.runId}`}: actor ${o.actor || "unknown"}, since ${o.startedAt || "unknown"}`);
        if (o.runUrl)
            lines.push(`run: ${o.runUrl}`);
        if (o.sha)
            lines.push(`sha: ${o.sha}`);
        if (o.reason)
            lines.push(`reason: ${o.reason}`);
        if (info.fence !== null)
            lines.push(`fence: ${info.fence}`);
    }
    lines.push(info.ttlMs === null ? "expires: never (no TTL)" : `expires in ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(info.ttlMs)}`);
    return lines;
}
async function lockStatus(client) {
    const key = client.keys.lock;
    const [[, raw], [, pttl]] = (await client.redis.multi().get(key).pttl(key).exec());
    return describeLockValue(key, raw, typeof pttl === "number" && pttl >= 0 ? pttl : null);
}
// KEYS[1] = lock, KEYS[2] = fence counter; ARGV[1] = owner JSON, ARGV[2] = ttl ms.
// Returns {fence, stored value} or nil when the lock is held.
const ACQUIRE_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return nil end
local fence = redis.call('INCR', KEYS[2])
local owner = cjson.decode(ARGV[1])
owner['fence'] = fence
local value = cjson.encode(owner)
redis.call('SET', KEYS[1], value, 'NX', 'PX', ARGV[2])
return {fence, value}
`;
// KEYS[1] = lock; ARGV[1] = our value, ARGV[2] = ttl ms. 1 when extended, 0 when not ours (any more).
const EXTEND_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;
// KEYS[1] = lock; ARGV[1] = our value. 1 when deleted, 0 when not ours.
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason ?? new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc());
            return;
        }
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason ?? new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc());
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
/** One attempt: the held lock, or null when someone else holds it. */
async function tryAcquireLock(client, request, ttlMs = DEFAULT_LOCK_TTL_MS) {
    const owner = {
        kind: request.kind,
        actor: request.actor || "unknown",
        startedAt: client.now().toISOString(),
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(),
        pid: process.pid,
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
    };
    if (request.runId)
        owner.runId = request.runId;
    if (request.runUrl)
        owner.runUrl = request.runUrl;
    if (request.sha)
        owner.sha = request.sha;
    if (request.reason)
        owner.reason = request.reason;
    if (request.kind === "manual")
        owner.manual = true;
    const reply = (await client.redis.eval(ACQUIRE_SCRIPT, 2, client.keys.lock, client.keys.lockFence, JSON.stringify(owner), String(Math.max(1, Math.round(ttlMs)))));
    if (!reply)
        return null;
    const [fence, value] = reply;
    return { value, owner: { ...JSON.parse(value) }, fence: Number(fence) };
}
/**
 * Takes the deploy lock, waiting up to `waitMs` while another run holds it. Refuses at once (RefusalError
 * with the holder as evidence) when a person holds it by hand, and when the wait runs out. The heartbeat
 * keeps it while the process lives; call `release()` in `finally` (ctx.onCleanup).
 */
async function acquireDeployLock(client, request, options = {}) {
    const ttlMs = options.ttlMs ?? DEFAULT_LOCK_TTL_MS;
    const waitMs = options.waitMs ?? 0;
    const pollMs = options.pollMs ?? DEFAULT_LOCK_POLL_MS;
    const nowMs = options.nowMs ?? (() => Date.now());
    const sleep = options.sleep ?? abortableSleep;
    const started = nowMs();
    for (;;) {
        if (options.signal?.aborted)
            throw options.signal.reason ?? new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc();
        const got = await tryAcquireLock(client, request, ttlMs);
        if (got)
            return holdLock(client, got, ttlMs, options);
        const holder = await lockStatus(client);
        if (!holder.held)
            continue; // it expired or was released in between: try again at once
        const waited = nowMs() - started;
        if (holder.manual) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`the deploy lock was taken by hand${holder.owner?.actor ? ` by ${holder.owner.actor}` : ""}: not waiting for it; release it with \`ops lock release --force --reason …\` when the manual work is done`, lockEvidence(holder));
        }
        if (waited >= waitMs) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`the deploy lock is held by ${holder.owner?.kind ?? "another"} run ${holder.owner?.runId ?? "?"}${waitMs > 0 ? `; waited ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(waited)}` : ""}, giving up`, lockEvidence(holder));
        }
        options.onWait?.(holder, waited);
        options.logger?.info(`deploy lock held by ${holder.owner?.kind ?? "?"} run ${holder.owner?.runId ?? "?"} (${holder.owner?.runUrl ?? "no run URL"}); waiting (${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(waited)} of ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(waitMs)})`);
        await sleep(Math.max(1, Math.min(pollMs, waitMs - waited)), options.signal);
    }
}
function holdLock(client, got, ttlMs, options) {
    const key = client.keys.lock;
    let lost = false;
    let released = false;
    let lastExtended = Date.now();
    const extend = async () => {
        if (lost || released)
            return false;
        const ok = Number(await client.redis.eval(EXTEND_SCRIPT, 1, key, got.value, String(ttlMs))) === 1;
        if (ok)
            lastExtended = Date.now();
        return ok;
    };
    const markLost = (why) => {
        if (lost)
            return;
        lost = true;
        stop();
        options.logger?.warning(`deploy lock lost: ${why}`);
        options.onLost?.(why);
    };
    const heartbeatMs = options.heartbeatMs ?? Math.max(50, Math.floor(ttlMs / 3));
    let timer;
    let beating = false;
    if (heartbeatMs > 0) {
        timer = setInterval(() => {
            if (beating)
                return;
            beating = true;
            extend()
                .then((ok) => {
                if (!ok && !released)
                    markLost("it expired or another owner holds it now");
            })
                .catch((error) => {
                if (Date.now() - lastExtended > ttlMs)
                    markLost(`Redis did not answer for longer than the TTL: ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
                else
                    options.logger?.warning(`deploy lock heartbeat failed (will retry): ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
            })
                .finally(() => {
                beating = false;
            });
        }, heartbeatMs);
        timer.unref();
    }
    const stop = () => {
        if (timer)
            clearInterval(timer);
        timer = undefined;
    };
    return {
        key,
        value: got.value,
        owner: got.owner,
        fence: got.fence,
        ttlMs,
        get lost() {
            return lost;
        },
        extend,
        release: async () => {
            stop();
            if (released)
                return false;
            released = true;
            return releaseLock(client, got.value);
        },
    };
}
/** Deletes the lock only if it still holds exactly `value` (ours); false otherwise. */
async function releaseLock(client, value) {
    return Number(await client.redis.eval(RELEASE_SCRIPT, 1, client.keys.lock, value)) === 1;
}
/** Takes the lock by hand for maintenance: marked manual, no heartbeat, nobody waits for it. */
async function takeManualLock(client, request, ttlMs) {
    const reason = checkReason(request.reason);
    const got = await tryAcquireLock(client, { kind: "manual", actor: request.actor, reason, runUrl: request.runUrl }, ttlMs);
    return { taken: got !== null, info: await lockStatus(client) };
}
/**
 * Deletes the lock whoever holds it, recording the old owner in the audit stream (atomically). Returns
 * what was there.
 */
async function forceReleaseLock(client, request) {
    const previous = await lockStatus(client);
    const [applied] = await applyChange(client, "lock.force-release", request, [
        { key: client.keys.lock, value: null },
    ]);
    return {
        released: applied?.old !== null && applied?.old !== undefined,
        previous,
        auditId: applied?.auditId ?? "",
    };
}
/** The lock request for a run, from what the runner says about it. */
function lockRequestFor(kind, actor) {
    return { kind, actor: actor.actor, runId: actor.runId, runUrl: actor.runUrl, sha: actor.sha };
}


/***/ }),

/***/ 2576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ interpretState),
/* harmony export */   readOperationalState: () => (/* binding */ readOperationalState),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* unused harmony exports unreadableState, DEFAULT_READ_DEADLINE_MS */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2235);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(573);
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9565);
// Reading the operational state: the kill switch and the circuit breaker, as the running services read
// them. Only the exact string `OPEN` is a normal breaker; anything unreadable is `unknown`, never a guess.



/** Interprets the four raw values (pure). */
function interpretState(values) {
    const notes = [];
    let killSwitch;
    if (values.killSwitch === "true")
        killSwitch = "active";
    else if (values.killSwitch === "false" || values.killSwitch === null)
        killSwitch = "inactive";
    else {
        killSwitch = "unknown";
        notes.push(`killswitch:active holds ${JSON.stringify(values.killSwitch)}, neither "true" nor "false"`);
    }
    let breaker;
    if (values.breaker === null) {
        breaker = "unknown";
        notes.push("cb:state is not set (only OPEN lets a deploy through; a breaker reset sets it)");
    }
    else {
        breaker = values.breaker;
        if (values.breaker !== "OPEN" && values.breaker !== "TRIPPED") {
            notes.push(`cb:state holds ${JSON.stringify(values.breaker)}, neither OPEN nor TRIPPED`);
        }
    }
    return {
        killSwitch,
        breaker,
        tripReason: values.tripReason,
        lastReset: values.lastReset,
        raw: { killSwitch: values.killSwitch, breaker: values.breaker },
        notes,
    };
}
/** The state when Redis cannot be read: both unknown, with the reason. */
function unreadableState(error) {
    return {
        killSwitch: "unknown",
        breaker: "unknown",
        tripReason: null,
        lastReset: null,
        raw: { killSwitch: null, breaker: null },
        error,
        notes: [],
    };
}
/** Reads the four keys in one MGET. Throws when Redis does not answer. */
async function readState(client) {
    const k = client.keys;
    const [killSwitch, breaker, tripReason, lastReset] = await client.redis.mget(k.killSwitch, k.breakerState, k.tripReason, k.lastReset);
    return interpretState({
        killSwitch: killSwitch ?? null,
        breaker: breaker ?? null,
        tripReason: tripReason ?? null,
        lastReset: lastReset ?? null,
    });
}
const DEFAULT_READ_DEADLINE_MS = 1_500;
/**
 * The operational state, for smoke checks and the deploy gate. Never throws for Redis being down, frozen,
 * or refusing the credentials: those give `unknown` with `error` set, within `deadlineMs`. Takes an open
 * client (the caller closes it) or a URL (connected and closed here). A malformed URL or key prefix is
 * still a ConfigurationError: that is the workflow's to fix, not Redis's.
 */
async function readOperationalState(source, options = {}) {
    const deadline = options.deadlineMs ?? DEFAULT_READ_DEADLINE_MS;
    let timer;
    let close;
    let timedOut = false;
    const work = async () => {
        if (typeof source === "string") {
            const client = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .openState */ .G)(source, {
                keyPrefix: options.keyPrefix,
                connectTimeoutMs: Math.min(options.connectTimeoutMs ?? _connection_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONNECT_TIMEOUT_MS */ .od, deadline),
                commandTimeoutMs: Math.min(options.commandTimeoutMs ?? _connection_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_COMMAND_TIMEOUT_MS */ .LP, deadline),
                logger: options.logger,
                input: options.input,
            });
            close = client.close;
            if (timedOut) {
                await client.close();
                throw new Error("deadline passed");
            }
            return readState(client);
        }
        return readState(source);
    };
    try {
        const pending = work();
        pending.catch(() => undefined);
        return await Promise.race([
            pending,
            new Promise((_, reject) => {
                timer = setTimeout(() => {
                    timedOut = true;
                    reject(new Error(`Redis did not answer within ${deadline} ms`));
                }, deadline);
            }),
        ]);
    }
    catch (error) {
        if (error instanceof _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 && !(error instanceof _connection_js__WEBPACK_IMPORTED_MODULE_2__/* .RedisAuthError */ .Al))
            throw error;
        return unreadableState((0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
    }
    finally {
        clearTimeout(timer);
        if (close)
            await close();
    }
}


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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4550);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
