import { createRequire as __pycpgCreateRequire } from "node:module";
import { dirname as __pycpgDirname } from "node:path";
import { fileURLToPath as __pycpgFileURLToPath } from "node:url";
const require = __pycpgCreateRequire(import.meta.url);
const __pycpg_filename = __pycpgFileURLToPath(import.meta.url);
const __pycpg_dirname = __pycpgDirname(__pycpg_filename);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/tslib/tslib.es6.mjs
function __rest(s, e) {
  var t = {};
  for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
    t[p] = s[p];
  if (s != null && typeof Object.getOwnPropertySymbols === "function")
    for (var i2 = 0, p = Object.getOwnPropertySymbols(s); i2 < p.length; i2++) {
      if (e.indexOf(p[i2]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i2]))
        t[p[i2]] = s[p[i2]];
    }
  return t;
}
function __awaiter(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}
function __values(o) {
  var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i2 = 0;
  if (m) return m.call(o);
  if (o && typeof o.length === "number") return {
    next: function() {
      if (o && i2 >= o.length) o = void 0;
      return { value: o && o[i2++], done: !o };
    }
  };
  throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
}
function __await(v) {
  return this instanceof __await ? (this.v = v, this) : new __await(v);
}
function __asyncGenerator(thisArg, _arguments, generator) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var g = generator.apply(thisArg, _arguments || []), i2, q = [];
  return i2 = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i2[Symbol.asyncIterator] = function() {
    return this;
  }, i2;
  function awaitReturn(f) {
    return function(v) {
      return Promise.resolve(v).then(f, reject);
    };
  }
  function verb(n, f) {
    if (g[n]) {
      i2[n] = function(v) {
        return new Promise(function(a, b) {
          q.push([n, v, a, b]) > 1 || resume(n, v);
        });
      };
      if (f) i2[n] = f(i2[n]);
    }
  }
  function resume(n, v) {
    try {
      step(g[n](v));
    } catch (e) {
      settle(q[0][3], e);
    }
  }
  function step(r) {
    r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
  }
  function fulfill(value) {
    resume("next", value);
  }
  function reject(value) {
    resume("throw", value);
  }
  function settle(f, v) {
    if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
  }
}
function __asyncDelegator(o) {
  var i2, p;
  return i2 = {}, verb("next"), verb("throw", function(e) {
    throw e;
  }), verb("return"), i2[Symbol.iterator] = function() {
    return this;
  }, i2;
  function verb(n, f) {
    i2[n] = o[n] ? function(v) {
      return (p = !p) ? { value: __await(o[n](v)), done: false } : f ? f(v) : v;
    } : f;
  }
}
function __asyncValues(o) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var m = o[Symbol.asyncIterator], i2;
  return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i2 = {}, verb("next"), verb("throw"), verb("return"), i2[Symbol.asyncIterator] = function() {
    return this;
  }, i2);
  function verb(n) {
    i2[n] = o[n] && function(v) {
      return new Promise(function(resolve, reject) {
        v = o[n](v), settle(resolve, reject, v.done, v.value);
      });
    };
  }
  function settle(resolve, reject, d, v) {
    Promise.resolve(v).then(function(v2) {
      resolve({ value: v2, done: d });
    }, reject);
  }
}
var init_tslib_es6 = __esm({
  "node_modules/tslib/tslib.es6.mjs"() {
  }
});

// node_modules/apache-arrow/util/utf8.mjs
var decoder, decodeUtf82, encoder, encodeUtf8;
var init_utf8 = __esm({
  "node_modules/apache-arrow/util/utf8.mjs"() {
    decoder = new TextDecoder("utf-8");
    decodeUtf82 = decoder.decode.bind(decoder);
    encoder = new TextEncoder();
    encodeUtf8 = (value) => encoder.encode(value);
  }
});

// node_modules/apache-arrow/util/compat.mjs
var isNumber, isBoolean, isFunction, isObject, isPromise, isIterable, isAsyncIterable, isArrowJSON, isIteratorResult, isFileHandle, isFetchResponse, isReadableInterop, isWritableDOMStream, isReadableDOMStream, isWritableNodeStream, isReadableNodeStream, isFlatbuffersByteBuffer;
var init_compat = __esm({
  "node_modules/apache-arrow/util/compat.mjs"() {
    isNumber = (x) => typeof x === "number";
    isBoolean = (x) => typeof x === "boolean";
    isFunction = (x) => typeof x === "function";
    isObject = (x) => x != null && Object(x) === x;
    isPromise = (x) => {
      return isObject(x) && isFunction(x.then);
    };
    isIterable = (x) => {
      return isObject(x) && isFunction(x[Symbol.iterator]);
    };
    isAsyncIterable = (x) => {
      return isObject(x) && isFunction(x[Symbol.asyncIterator]);
    };
    isArrowJSON = (x) => {
      return isObject(x) && isObject(x["schema"]);
    };
    isIteratorResult = (x) => {
      return isObject(x) && "done" in x && "value" in x;
    };
    isFileHandle = (x) => {
      return isObject(x) && isFunction(x["stat"]) && isNumber(x["fd"]);
    };
    isFetchResponse = (x) => {
      return isObject(x) && isReadableDOMStream(x["body"]);
    };
    isReadableInterop = (x) => "_getDOMStream" in x && "_getNodeStream" in x;
    isWritableDOMStream = (x) => {
      return isObject(x) && isFunction(x["abort"]) && isFunction(x["getWriter"]) && !isReadableInterop(x);
    };
    isReadableDOMStream = (x) => {
      return isObject(x) && isFunction(x["cancel"]) && isFunction(x["getReader"]) && !isReadableInterop(x);
    };
    isWritableNodeStream = (x) => {
      return isObject(x) && isFunction(x["end"]) && isFunction(x["write"]) && isBoolean(x["writable"]) && !isReadableInterop(x);
    };
    isReadableNodeStream = (x) => {
      return isObject(x) && isFunction(x["read"]) && isFunction(x["pipe"]) && isBoolean(x["readable"]) && !isReadableInterop(x);
    };
    isFlatbuffersByteBuffer = (x) => {
      return isObject(x) && isFunction(x["clear"]) && isFunction(x["bytes"]) && isFunction(x["position"]) && isFunction(x["setPosition"]) && isFunction(x["capacity"]) && isFunction(x["getBufferIdentifier"]) && isFunction(x["createLong"]);
    };
  }
});

// node_modules/apache-arrow/util/buffer.mjs
var buffer_exports = {};
__export(buffer_exports, {
  compareArrayLike: () => compareArrayLike,
  joinUint8Arrays: () => joinUint8Arrays,
  memcpy: () => memcpy,
  rebaseValueOffsets: () => rebaseValueOffsets,
  toArrayBufferView: () => toArrayBufferView,
  toArrayBufferViewAsyncIterator: () => toArrayBufferViewAsyncIterator,
  toArrayBufferViewIterator: () => toArrayBufferViewIterator,
  toBigInt64Array: () => toBigInt64Array,
  toBigUint64Array: () => toBigUint64Array,
  toFloat32Array: () => toFloat32Array,
  toFloat32ArrayAsyncIterator: () => toFloat32ArrayAsyncIterator,
  toFloat32ArrayIterator: () => toFloat32ArrayIterator,
  toFloat64Array: () => toFloat64Array,
  toFloat64ArrayAsyncIterator: () => toFloat64ArrayAsyncIterator,
  toFloat64ArrayIterator: () => toFloat64ArrayIterator,
  toInt16Array: () => toInt16Array,
  toInt16ArrayAsyncIterator: () => toInt16ArrayAsyncIterator,
  toInt16ArrayIterator: () => toInt16ArrayIterator,
  toInt32Array: () => toInt32Array,
  toInt32ArrayAsyncIterator: () => toInt32ArrayAsyncIterator,
  toInt32ArrayIterator: () => toInt32ArrayIterator,
  toInt8Array: () => toInt8Array,
  toInt8ArrayAsyncIterator: () => toInt8ArrayAsyncIterator,
  toInt8ArrayIterator: () => toInt8ArrayIterator,
  toUint16Array: () => toUint16Array,
  toUint16ArrayAsyncIterator: () => toUint16ArrayAsyncIterator,
  toUint16ArrayIterator: () => toUint16ArrayIterator,
  toUint32Array: () => toUint32Array,
  toUint32ArrayAsyncIterator: () => toUint32ArrayAsyncIterator,
  toUint32ArrayIterator: () => toUint32ArrayIterator,
  toUint8Array: () => toUint8Array,
  toUint8ArrayAsyncIterator: () => toUint8ArrayAsyncIterator,
  toUint8ArrayIterator: () => toUint8ArrayIterator,
  toUint8ClampedArray: () => toUint8ClampedArray,
  toUint8ClampedArrayAsyncIterator: () => toUint8ClampedArrayAsyncIterator,
  toUint8ClampedArrayIterator: () => toUint8ClampedArrayIterator
});
function collapseContiguousByteRanges(chunks) {
  const result = chunks[0] ? [chunks[0]] : [];
  let xOffset, yOffset, xLen, yLen;
  for (let x, y, i2 = 0, j = 0, n = chunks.length; ++i2 < n; ) {
    x = result[j];
    y = chunks[i2];
    if (!x || !y || x.buffer !== y.buffer || y.byteOffset < x.byteOffset) {
      y && (result[++j] = y);
      continue;
    }
    ({ byteOffset: xOffset, byteLength: xLen } = x);
    ({ byteOffset: yOffset, byteLength: yLen } = y);
    if (xOffset + xLen < yOffset || yOffset + yLen < xOffset) {
      y && (result[++j] = y);
      continue;
    }
    result[j] = new Uint8Array(x.buffer, xOffset, yOffset - xOffset + yLen);
  }
  return result;
}
function memcpy(target, source, targetByteOffset = 0, sourceByteLength = source.byteLength) {
  const targetByteLength = target.byteLength;
  const dst = new Uint8Array(target.buffer, target.byteOffset, targetByteLength);
  const src = new Uint8Array(source.buffer, source.byteOffset, Math.min(sourceByteLength, targetByteLength));
  dst.set(src, targetByteOffset);
  return target;
}
function joinUint8Arrays(chunks, size) {
  const result = collapseContiguousByteRanges(chunks);
  const byteLength = result.reduce((x, b) => x + b.byteLength, 0);
  let source, sliced, buffer;
  let offset = 0, index = -1;
  const length = Math.min(size || Number.POSITIVE_INFINITY, byteLength);
  for (const n = result.length; ++index < n; ) {
    source = result[index];
    sliced = source.subarray(0, Math.min(source.length, length - offset));
    if (length <= offset + sliced.length) {
      if (sliced.length < source.length) {
        result[index] = source.subarray(sliced.length);
      } else if (sliced.length === source.length) {
        index++;
      }
      buffer ? memcpy(buffer, sliced, offset) : buffer = sliced;
      break;
    }
    memcpy(buffer || (buffer = new Uint8Array(length)), sliced, offset);
    offset += sliced.length;
  }
  return [buffer || new Uint8Array(0), result.slice(index), byteLength - (buffer ? buffer.byteLength : 0)];
}
function toArrayBufferView(ArrayBufferViewCtor, input) {
  let value = isIteratorResult(input) ? input.value : input;
  if (value instanceof ArrayBufferViewCtor) {
    if (ArrayBufferViewCtor === Uint8Array) {
      return new ArrayBufferViewCtor(value.buffer, value.byteOffset, value.byteLength);
    }
    return value;
  }
  if (!value) {
    return new ArrayBufferViewCtor(0);
  }
  if (typeof value === "string") {
    value = encodeUtf8(value);
  }
  if (value instanceof ArrayBuffer) {
    return new ArrayBufferViewCtor(value);
  }
  if (value instanceof SharedArrayBuf) {
    return new ArrayBufferViewCtor(value);
  }
  if (isFlatbuffersByteBuffer(value)) {
    return toArrayBufferView(ArrayBufferViewCtor, value.bytes());
  }
  return !ArrayBuffer.isView(value) ? ArrayBufferViewCtor.from(value) : value.byteLength <= 0 ? new ArrayBufferViewCtor(0) : new ArrayBufferViewCtor(value.buffer, value.byteOffset, value.byteLength / ArrayBufferViewCtor.BYTES_PER_ELEMENT);
}
function* toArrayBufferViewIterator(ArrayCtor, source) {
  const wrap = function* (x) {
    yield x;
  };
  const buffers = typeof source === "string" ? wrap(source) : ArrayBuffer.isView(source) ? wrap(source) : source instanceof ArrayBuffer ? wrap(source) : source instanceof SharedArrayBuf ? wrap(source) : !isIterable(source) ? wrap(source) : source;
  yield* pump((function* (it) {
    let r = null;
    do {
      r = it.next(yield toArrayBufferView(ArrayCtor, r));
    } while (!r.done);
  })(buffers[Symbol.iterator]()));
  return new ArrayCtor();
}
function toArrayBufferViewAsyncIterator(ArrayCtor, source) {
  return __asyncGenerator(this, arguments, function* toArrayBufferViewAsyncIterator_1() {
    if (isPromise(source)) {
      return yield __await(yield __await(yield* __asyncDelegator(__asyncValues(toArrayBufferViewAsyncIterator(ArrayCtor, yield __await(source))))));
    }
    const wrap = function(x) {
      return __asyncGenerator(this, arguments, function* () {
        yield yield __await(yield __await(x));
      });
    };
    const emit = function(source2) {
      return __asyncGenerator(this, arguments, function* () {
        yield __await(yield* __asyncDelegator(__asyncValues(pump((function* (it) {
          let r = null;
          do {
            r = it.next(yield r === null || r === void 0 ? void 0 : r.value);
          } while (!r.done);
        })(source2[Symbol.iterator]())))));
      });
    };
    const buffers = typeof source === "string" ? wrap(source) : ArrayBuffer.isView(source) ? wrap(source) : source instanceof ArrayBuffer ? wrap(source) : source instanceof SharedArrayBuf ? wrap(source) : isIterable(source) ? emit(source) : !isAsyncIterable(source) ? wrap(source) : source;
    yield __await(
      // otherwise if AsyncIterable, use it
      yield* __asyncDelegator(__asyncValues(pump((function(it) {
        return __asyncGenerator(this, arguments, function* () {
          let r = null;
          do {
            r = yield __await(it.next(yield yield __await(toArrayBufferView(ArrayCtor, r))));
          } while (!r.done);
        });
      })(buffers[Symbol.asyncIterator]()))))
    );
    return yield __await(new ArrayCtor());
  });
}
function rebaseValueOffsets(offset, length, valueOffsets) {
  if (offset !== 0) {
    valueOffsets = valueOffsets.slice(0, length);
    const delta = typeof valueOffsets[0] === "bigint" ? BigInt(offset) : offset;
    for (let i2 = -1, n = valueOffsets.length; ++i2 < n; ) {
      valueOffsets[i2] += delta;
    }
  }
  return valueOffsets.subarray(0, length);
}
function compareArrayLike(a, b) {
  let i2 = 0;
  const n = a.length;
  if (n !== b.length) {
    return false;
  }
  if (n > 0) {
    do {
      if (a[i2] !== b[i2]) {
        return false;
      }
    } while (++i2 < n);
  }
  return true;
}
var SharedArrayBuf, toInt8Array, toInt16Array, toInt32Array, toBigInt64Array, toUint8Array, toUint16Array, toUint32Array, toBigUint64Array, toFloat32Array, toFloat64Array, toUint8ClampedArray, pump, toInt8ArrayIterator, toInt16ArrayIterator, toInt32ArrayIterator, toUint8ArrayIterator, toUint16ArrayIterator, toUint32ArrayIterator, toFloat32ArrayIterator, toFloat64ArrayIterator, toUint8ClampedArrayIterator, toInt8ArrayAsyncIterator, toInt16ArrayAsyncIterator, toInt32ArrayAsyncIterator, toUint8ArrayAsyncIterator, toUint16ArrayAsyncIterator, toUint32ArrayAsyncIterator, toFloat32ArrayAsyncIterator, toFloat64ArrayAsyncIterator, toUint8ClampedArrayAsyncIterator;
var init_buffer = __esm({
  "node_modules/apache-arrow/util/buffer.mjs"() {
    init_tslib_es6();
    init_utf8();
    init_compat();
    SharedArrayBuf = typeof SharedArrayBuffer !== "undefined" ? SharedArrayBuffer : ArrayBuffer;
    toInt8Array = (input) => toArrayBufferView(Int8Array, input);
    toInt16Array = (input) => toArrayBufferView(Int16Array, input);
    toInt32Array = (input) => toArrayBufferView(Int32Array, input);
    toBigInt64Array = (input) => toArrayBufferView(BigInt64Array, input);
    toUint8Array = (input) => toArrayBufferView(Uint8Array, input);
    toUint16Array = (input) => toArrayBufferView(Uint16Array, input);
    toUint32Array = (input) => toArrayBufferView(Uint32Array, input);
    toBigUint64Array = (input) => toArrayBufferView(BigUint64Array, input);
    toFloat32Array = (input) => toArrayBufferView(Float32Array, input);
    toFloat64Array = (input) => toArrayBufferView(Float64Array, input);
    toUint8ClampedArray = (input) => toArrayBufferView(Uint8ClampedArray, input);
    pump = (iterator) => {
      iterator.next();
      return iterator;
    };
    toInt8ArrayIterator = (input) => toArrayBufferViewIterator(Int8Array, input);
    toInt16ArrayIterator = (input) => toArrayBufferViewIterator(Int16Array, input);
    toInt32ArrayIterator = (input) => toArrayBufferViewIterator(Int32Array, input);
    toUint8ArrayIterator = (input) => toArrayBufferViewIterator(Uint8Array, input);
    toUint16ArrayIterator = (input) => toArrayBufferViewIterator(Uint16Array, input);
    toUint32ArrayIterator = (input) => toArrayBufferViewIterator(Uint32Array, input);
    toFloat32ArrayIterator = (input) => toArrayBufferViewIterator(Float32Array, input);
    toFloat64ArrayIterator = (input) => toArrayBufferViewIterator(Float64Array, input);
    toUint8ClampedArrayIterator = (input) => toArrayBufferViewIterator(Uint8ClampedArray, input);
    toInt8ArrayAsyncIterator = (input) => toArrayBufferViewAsyncIterator(Int8Array, input);
    toInt16ArrayAsyncIterator = (input) => toArrayBufferViewAsyncIterator(Int16Array, input);
    toInt32ArrayAsyncIterator = (input) => toArrayBufferViewAsyncIterator(Int32Array, input);
    toUint8ArrayAsyncIterator = (input) => toArrayBufferViewAsyncIterator(Uint8Array, input);
    toUint16ArrayAsyncIterator = (input) => toArrayBufferViewAsyncIterator(Uint16Array, input);
    toUint32ArrayAsyncIterator = (input) => toArrayBufferViewAsyncIterator(Uint32Array, input);
    toFloat32ArrayAsyncIterator = (input) => toArrayBufferViewAsyncIterator(Float32Array, input);
    toFloat64ArrayAsyncIterator = (input) => toArrayBufferViewAsyncIterator(Float64Array, input);
    toUint8ClampedArrayAsyncIterator = (input) => toArrayBufferViewAsyncIterator(Uint8ClampedArray, input);
  }
});

// node_modules/apache-arrow/io/adapters.mjs
function* fromIterable(source) {
  let done, threw = false;
  let buffers = [], buffer;
  let cmd, size, bufferLength = 0;
  function byteRange() {
    if (cmd === "peek") {
      return joinUint8Arrays(buffers, size)[0];
    }
    [buffer, buffers, bufferLength] = joinUint8Arrays(buffers, size);
    return buffer;
  }
  ({ cmd, size } = (yield /* @__PURE__ */ (() => null)()) || { cmd: "read", size: 0 });
  const it = toUint8ArrayIterator(source)[Symbol.iterator]();
  try {
    do {
      ({ done, value: buffer } = Number.isNaN(size - bufferLength) ? it.next() : it.next(size - bufferLength));
      if (!done && buffer.byteLength > 0) {
        buffers.push(buffer);
        bufferLength += buffer.byteLength;
      }
      if (done || size <= bufferLength) {
        do {
          ({ cmd, size } = yield byteRange());
        } while (size < bufferLength);
      }
    } while (!done);
  } catch (e) {
    threw = true;
    typeof it.throw === "function" && it.throw(e);
  } finally {
    threw === false && typeof it.return === "function" && it.return(null);
  }
  return null;
}
function fromAsyncIterable(source) {
  return __asyncGenerator(this, arguments, function* fromAsyncIterable_1() {
    let done, threw = false;
    let buffers = [], buffer;
    let cmd, size, bufferLength = 0;
    function byteRange() {
      if (cmd === "peek") {
        return joinUint8Arrays(buffers, size)[0];
      }
      [buffer, buffers, bufferLength] = joinUint8Arrays(buffers, size);
      return buffer;
    }
    ({ cmd, size } = (yield yield __await(/* @__PURE__ */ (() => null)())) || { cmd: "read", size: 0 });
    const it = toUint8ArrayAsyncIterator(source)[Symbol.asyncIterator]();
    try {
      do {
        ({ done, value: buffer } = Number.isNaN(size - bufferLength) ? yield __await(it.next()) : yield __await(it.next(size - bufferLength)));
        if (!done && buffer.byteLength > 0) {
          buffers.push(buffer);
          bufferLength += buffer.byteLength;
        }
        if (done || size <= bufferLength) {
          do {
            ({ cmd, size } = yield yield __await(byteRange()));
          } while (size < bufferLength);
        }
      } while (!done);
    } catch (e) {
      threw = true;
      typeof it.throw === "function" && (yield __await(it.throw(e)));
    } finally {
      threw === false && typeof it.return === "function" && (yield __await(it.return(new Uint8Array(0))));
    }
    return yield __await(null);
  });
}
function fromDOMStream(source) {
  return __asyncGenerator(this, arguments, function* fromDOMStream_1() {
    let done = false, threw = false;
    let buffers = [], buffer;
    let cmd, size, bufferLength = 0;
    function byteRange() {
      if (cmd === "peek") {
        return joinUint8Arrays(buffers, size)[0];
      }
      [buffer, buffers, bufferLength] = joinUint8Arrays(buffers, size);
      return buffer;
    }
    ({ cmd, size } = (yield yield __await(/* @__PURE__ */ (() => null)())) || { cmd: "read", size: 0 });
    const it = new AdaptiveByteReader(source);
    try {
      do {
        ({ done, value: buffer } = Number.isNaN(size - bufferLength) ? yield __await(it["read"]()) : yield __await(it["read"](size - bufferLength)));
        if (!done && buffer.byteLength > 0) {
          buffers.push(toUint8Array(buffer));
          bufferLength += buffer.byteLength;
        }
        if (done || size <= bufferLength) {
          do {
            ({ cmd, size } = yield yield __await(byteRange()));
          } while (size < bufferLength);
        }
      } while (!done);
    } catch (e) {
      threw = true;
      yield __await(it["cancel"](e));
    } finally {
      threw === false ? yield __await(it["cancel"]()) : source["locked"] && it.releaseLock();
    }
    return yield __await(null);
  });
}
function fromNodeStream(stream) {
  return __asyncGenerator(this, arguments, function* fromNodeStream_1() {
    const events = [];
    let event = "error";
    let done = false, err2 = null;
    let cmd, size, bufferLength = 0;
    let buffers = [], buffer;
    function byteRange() {
      if (cmd === "peek") {
        return joinUint8Arrays(buffers, size)[0];
      }
      [buffer, buffers, bufferLength] = joinUint8Arrays(buffers, size);
      return buffer;
    }
    ({ cmd, size } = (yield yield __await(/* @__PURE__ */ (() => null)())) || { cmd: "read", size: 0 });
    if (stream["isTTY"]) {
      yield yield __await(new Uint8Array(0));
      return yield __await(null);
    }
    try {
      events[0] = onEvent(stream, "end");
      events[1] = onEvent(stream, "error");
      do {
        events[2] = onEvent(stream, "readable");
        [event, err2] = yield __await(Promise.race(events.map((x) => x[2])));
        if (event === "error") {
          break;
        }
        if (!(done = event === "end")) {
          if (!Number.isFinite(size - bufferLength)) {
            buffer = toUint8Array(stream["read"]());
          } else {
            buffer = toUint8Array(stream["read"](size - bufferLength));
            if (buffer.byteLength < size - bufferLength) {
              buffer = toUint8Array(stream["read"]());
            }
          }
          if (buffer.byteLength > 0) {
            buffers.push(buffer);
            bufferLength += buffer.byteLength;
          }
        }
        if (done || size <= bufferLength) {
          do {
            ({ cmd, size } = yield yield __await(byteRange()));
          } while (size < bufferLength);
        }
      } while (!done);
    } finally {
      yield __await(cleanup(events, event === "error" ? err2 : null));
    }
    return yield __await(null);
    function cleanup(events2, err3) {
      buffer = buffers = null;
      return new Promise((resolve, reject) => {
        for (const [evt, fn] of events2) {
          stream["off"](evt, fn);
        }
        try {
          const destroy = stream["destroy"];
          destroy && destroy.call(stream, err3);
          err3 = void 0;
        } catch (e) {
          err3 = e || err3;
        } finally {
          err3 != null ? reject(err3) : resolve();
        }
      });
    }
  });
}
var adapters_default, pump2, AdaptiveByteReader, onEvent;
var init_adapters = __esm({
  "node_modules/apache-arrow/io/adapters.mjs"() {
    init_tslib_es6();
    init_buffer();
    adapters_default = {
      fromIterable(source) {
        return pump2(fromIterable(source));
      },
      fromAsyncIterable(source) {
        return pump2(fromAsyncIterable(source));
      },
      fromDOMStream(source) {
        return pump2(fromDOMStream(source));
      },
      fromNodeStream(stream) {
        return pump2(fromNodeStream(stream));
      },
      // @ts-ignore
      toDOMStream(source, options2) {
        throw new Error(`"toDOMStream" not available in this environment`);
      },
      // @ts-ignore
      toNodeStream(source, options2) {
        throw new Error(`"toNodeStream" not available in this environment`);
      }
    };
    pump2 = (iterator) => {
      iterator.next();
      return iterator;
    };
    AdaptiveByteReader = class {
      constructor(source) {
        this.source = source;
        this.reader = null;
        this.reader = this.source["getReader"]();
        this.reader["closed"].catch(() => {
        });
      }
      get closed() {
        return this.reader ? this.reader["closed"].catch(() => {
        }) : Promise.resolve();
      }
      releaseLock() {
        if (this.reader) {
          this.reader.releaseLock();
        }
        this.reader = null;
      }
      cancel(reason) {
        return __awaiter(this, void 0, void 0, function* () {
          const { reader, source } = this;
          reader && (yield reader["cancel"](reason).catch(() => {
          }));
          source && (source["locked"] && this.releaseLock());
        });
      }
      read(size) {
        return __awaiter(this, void 0, void 0, function* () {
          if (size === 0) {
            return { done: this.reader == null, value: new Uint8Array(0) };
          }
          const result = yield this.reader.read();
          !result.done && (result.value = toUint8Array(result));
          return result;
        });
      }
    };
    onEvent = (stream, event) => {
      const handler = (_) => resolve([event, _]);
      let resolve;
      return [event, handler, new Promise((r) => (resolve = r) && stream["once"](event, handler))];
    };
  }
});

// node_modules/apache-arrow/fb/metadata-version.mjs
var MetadataVersion;
var init_metadata_version = __esm({
  "node_modules/apache-arrow/fb/metadata-version.mjs"() {
    (function(MetadataVersion2) {
      MetadataVersion2[MetadataVersion2["V1"] = 0] = "V1";
      MetadataVersion2[MetadataVersion2["V2"] = 1] = "V2";
      MetadataVersion2[MetadataVersion2["V3"] = 2] = "V3";
      MetadataVersion2[MetadataVersion2["V4"] = 3] = "V4";
      MetadataVersion2[MetadataVersion2["V5"] = 4] = "V5";
    })(MetadataVersion || (MetadataVersion = {}));
  }
});

// node_modules/apache-arrow/fb/union-mode.mjs
var UnionMode;
var init_union_mode = __esm({
  "node_modules/apache-arrow/fb/union-mode.mjs"() {
    (function(UnionMode2) {
      UnionMode2[UnionMode2["Sparse"] = 0] = "Sparse";
      UnionMode2[UnionMode2["Dense"] = 1] = "Dense";
    })(UnionMode || (UnionMode = {}));
  }
});

// node_modules/apache-arrow/fb/precision.mjs
var Precision;
var init_precision = __esm({
  "node_modules/apache-arrow/fb/precision.mjs"() {
    (function(Precision2) {
      Precision2[Precision2["HALF"] = 0] = "HALF";
      Precision2[Precision2["SINGLE"] = 1] = "SINGLE";
      Precision2[Precision2["DOUBLE"] = 2] = "DOUBLE";
    })(Precision || (Precision = {}));
  }
});

// node_modules/apache-arrow/fb/date-unit.mjs
var DateUnit;
var init_date_unit = __esm({
  "node_modules/apache-arrow/fb/date-unit.mjs"() {
    (function(DateUnit2) {
      DateUnit2[DateUnit2["DAY"] = 0] = "DAY";
      DateUnit2[DateUnit2["MILLISECOND"] = 1] = "MILLISECOND";
    })(DateUnit || (DateUnit = {}));
  }
});

// node_modules/apache-arrow/fb/time-unit.mjs
var TimeUnit;
var init_time_unit = __esm({
  "node_modules/apache-arrow/fb/time-unit.mjs"() {
    (function(TimeUnit2) {
      TimeUnit2[TimeUnit2["SECOND"] = 0] = "SECOND";
      TimeUnit2[TimeUnit2["MILLISECOND"] = 1] = "MILLISECOND";
      TimeUnit2[TimeUnit2["MICROSECOND"] = 2] = "MICROSECOND";
      TimeUnit2[TimeUnit2["NANOSECOND"] = 3] = "NANOSECOND";
    })(TimeUnit || (TimeUnit = {}));
  }
});

// node_modules/apache-arrow/fb/interval-unit.mjs
var IntervalUnit;
var init_interval_unit = __esm({
  "node_modules/apache-arrow/fb/interval-unit.mjs"() {
    (function(IntervalUnit2) {
      IntervalUnit2[IntervalUnit2["YEAR_MONTH"] = 0] = "YEAR_MONTH";
      IntervalUnit2[IntervalUnit2["DAY_TIME"] = 1] = "DAY_TIME";
      IntervalUnit2[IntervalUnit2["MONTH_DAY_NANO"] = 2] = "MONTH_DAY_NANO";
    })(IntervalUnit || (IntervalUnit = {}));
  }
});

// node_modules/flatbuffers/js/constants.js
var require_constants = __commonJS({
  "node_modules/flatbuffers/js/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SIZE_PREFIX_LENGTH = exports.FILE_IDENTIFIER_LENGTH = exports.SIZEOF_INT = exports.SIZEOF_SHORT = void 0;
    exports.SIZEOF_SHORT = 2;
    exports.SIZEOF_INT = 4;
    exports.FILE_IDENTIFIER_LENGTH = 4;
    exports.SIZE_PREFIX_LENGTH = 4;
  }
});

// node_modules/flatbuffers/js/utils.js
var require_utils = __commonJS({
  "node_modules/flatbuffers/js/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isLittleEndian = exports.float64 = exports.float32 = exports.int32 = void 0;
    exports.int32 = new Int32Array(2);
    exports.float32 = new Float32Array(exports.int32.buffer);
    exports.float64 = new Float64Array(exports.int32.buffer);
    exports.isLittleEndian = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;
  }
});

// node_modules/flatbuffers/js/encoding.js
var require_encoding = __commonJS({
  "node_modules/flatbuffers/js/encoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Encoding = void 0;
    var Encoding;
    (function(Encoding2) {
      Encoding2[Encoding2["UTF8_BYTES"] = 1] = "UTF8_BYTES";
      Encoding2[Encoding2["UTF16_STRING"] = 2] = "UTF16_STRING";
    })(Encoding || (exports.Encoding = Encoding = {}));
  }
});

// node_modules/flatbuffers/js/byte-buffer.js
var require_byte_buffer = __commonJS({
  "node_modules/flatbuffers/js/byte-buffer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ByteBuffer = void 0;
    var constants_js_1 = require_constants();
    var encoding_js_1 = require_encoding();
    var utils_js_1 = require_utils();
    var ByteBuffer8 = class _ByteBuffer {
      /**
       * Create a new ByteBuffer with a given array of bytes (`Uint8Array`)
       */
      constructor(bytes_) {
        this.bytes_ = bytes_;
        this.position_ = 0;
        this.text_decoder_ = new TextDecoder();
      }
      /**
       * Create and allocate a new ByteBuffer with a given size.
       */
      static allocate(byte_size) {
        return new _ByteBuffer(new Uint8Array(byte_size));
      }
      clear() {
        this.position_ = 0;
      }
      /**
       * Get the underlying `Uint8Array`.
       */
      bytes() {
        return this.bytes_;
      }
      /**
       * Get the buffer's position.
       */
      position() {
        return this.position_;
      }
      /**
       * Set the buffer's position.
       */
      setPosition(position) {
        this.position_ = position;
      }
      /**
       * Get the buffer's capacity.
       */
      capacity() {
        return this.bytes_.length;
      }
      readInt8(offset) {
        return this.readUint8(offset) << 24 >> 24;
      }
      readUint8(offset) {
        return this.bytes_[offset];
      }
      readInt16(offset) {
        return this.readUint16(offset) << 16 >> 16;
      }
      readUint16(offset) {
        return this.bytes_[offset] | this.bytes_[offset + 1] << 8;
      }
      readInt32(offset) {
        return this.bytes_[offset] | this.bytes_[offset + 1] << 8 | this.bytes_[offset + 2] << 16 | this.bytes_[offset + 3] << 24;
      }
      readUint32(offset) {
        return this.readInt32(offset) >>> 0;
      }
      readInt64(offset) {
        return BigInt.asIntN(64, BigInt(this.readUint32(offset)) + (BigInt(this.readUint32(offset + 4)) << BigInt(32)));
      }
      readUint64(offset) {
        return BigInt.asUintN(64, BigInt(this.readUint32(offset)) + (BigInt(this.readUint32(offset + 4)) << BigInt(32)));
      }
      readFloat32(offset) {
        utils_js_1.int32[0] = this.readInt32(offset);
        return utils_js_1.float32[0];
      }
      readFloat64(offset) {
        utils_js_1.int32[utils_js_1.isLittleEndian ? 0 : 1] = this.readInt32(offset);
        utils_js_1.int32[utils_js_1.isLittleEndian ? 1 : 0] = this.readInt32(offset + 4);
        return utils_js_1.float64[0];
      }
      writeInt8(offset, value) {
        this.bytes_[offset] = value;
      }
      writeUint8(offset, value) {
        this.bytes_[offset] = value;
      }
      writeInt16(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
      }
      writeUint16(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
      }
      writeInt32(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
        this.bytes_[offset + 2] = value >> 16;
        this.bytes_[offset + 3] = value >> 24;
      }
      writeUint32(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
        this.bytes_[offset + 2] = value >> 16;
        this.bytes_[offset + 3] = value >> 24;
      }
      writeInt64(offset, value) {
        this.writeInt32(offset, Number(BigInt.asIntN(32, value)));
        this.writeInt32(offset + 4, Number(BigInt.asIntN(32, value >> BigInt(32))));
      }
      writeUint64(offset, value) {
        this.writeUint32(offset, Number(BigInt.asUintN(32, value)));
        this.writeUint32(offset + 4, Number(BigInt.asUintN(32, value >> BigInt(32))));
      }
      writeFloat32(offset, value) {
        utils_js_1.float32[0] = value;
        this.writeInt32(offset, utils_js_1.int32[0]);
      }
      writeFloat64(offset, value) {
        utils_js_1.float64[0] = value;
        this.writeInt32(offset, utils_js_1.int32[utils_js_1.isLittleEndian ? 0 : 1]);
        this.writeInt32(offset + 4, utils_js_1.int32[utils_js_1.isLittleEndian ? 1 : 0]);
      }
      /**
       * Return the file identifier.   Behavior is undefined for FlatBuffers whose
       * schema does not include a file_identifier (likely points at padding or the
       * start of a the root vtable).
       */
      getBufferIdentifier() {
        if (this.bytes_.length < this.position_ + constants_js_1.SIZEOF_INT + constants_js_1.FILE_IDENTIFIER_LENGTH) {
          throw new Error("FlatBuffers: ByteBuffer is too short to contain an identifier.");
        }
        let result = "";
        for (let i2 = 0; i2 < constants_js_1.FILE_IDENTIFIER_LENGTH; i2++) {
          result += String.fromCharCode(this.readInt8(this.position_ + constants_js_1.SIZEOF_INT + i2));
        }
        return result;
      }
      /**
       * Look up a field in the vtable, return an offset into the object, or 0 if the
       * field is not present.
       */
      __offset(bb_pos, vtable_offset) {
        const vtable = bb_pos - this.readInt32(bb_pos);
        return vtable_offset < this.readInt16(vtable) ? this.readInt16(vtable + vtable_offset) : 0;
      }
      /**
       * Initialize any Table-derived type to point to the union at the given offset.
       */
      __union(t, offset) {
        t.bb_pos = offset + this.readInt32(offset);
        t.bb = this;
        return t;
      }
      /**
       * Create a JavaScript string from UTF-8 data stored inside the FlatBuffer.
       * This allocates a new string and converts to wide chars upon each access.
       *
       * To avoid the conversion to string, pass Encoding.UTF8_BYTES as the
       * "optionalEncoding" argument. This is useful for avoiding conversion when
       * the data will just be packaged back up in another FlatBuffer later on.
       *
       * @param offset
       * @param opt_encoding Defaults to UTF16_STRING
       */
      __string(offset, opt_encoding) {
        offset += this.readInt32(offset);
        const length = this.readInt32(offset);
        offset += constants_js_1.SIZEOF_INT;
        const utf8bytes = this.bytes_.subarray(offset, offset + length);
        if (opt_encoding === encoding_js_1.Encoding.UTF8_BYTES)
          return utf8bytes;
        else
          return this.text_decoder_.decode(utf8bytes);
      }
      /**
       * Handle unions that can contain string as its member, if a Table-derived type then initialize it,
       * if a string then return a new one
       *
       * WARNING: strings are immutable in JS so we can't change the string that the user gave us, this
       * makes the behaviour of __union_with_string different compared to __union
       */
      __union_with_string(o, offset) {
        if (typeof o === "string") {
          return this.__string(offset);
        }
        return this.__union(o, offset);
      }
      /**
       * Retrieve the relative offset stored at "offset"
       */
      __indirect(offset) {
        return offset + this.readInt32(offset);
      }
      /**
       * Get the start of data of a vector whose offset is stored at "offset" in this object.
       */
      __vector(offset) {
        return offset + this.readInt32(offset) + constants_js_1.SIZEOF_INT;
      }
      /**
       * Get the length of a vector whose offset is stored at "offset" in this object.
       */
      __vector_len(offset) {
        return this.readInt32(offset + this.readInt32(offset));
      }
      __has_identifier(ident) {
        if (ident.length != constants_js_1.FILE_IDENTIFIER_LENGTH) {
          throw new Error("FlatBuffers: file identifier must be length " + constants_js_1.FILE_IDENTIFIER_LENGTH);
        }
        for (let i2 = 0; i2 < constants_js_1.FILE_IDENTIFIER_LENGTH; i2++) {
          if (ident.charCodeAt(i2) != this.readInt8(this.position() + constants_js_1.SIZEOF_INT + i2)) {
            return false;
          }
        }
        return true;
      }
      /**
       * A helper function for generating list for obj api
       */
      createScalarList(listAccessor, listLength) {
        const ret = [];
        for (let i2 = 0; i2 < listLength; ++i2) {
          const val = listAccessor(i2);
          if (val !== null) {
            ret.push(val);
          }
        }
        return ret;
      }
      /**
       * A helper function for generating list for obj api
       * @param listAccessor function that accepts an index and return data at that index
       * @param listLength listLength
       * @param res result list
       */
      createObjList(listAccessor, listLength) {
        const ret = [];
        for (let i2 = 0; i2 < listLength; ++i2) {
          const val = listAccessor(i2);
          if (val !== null) {
            ret.push(val.unpack());
          }
        }
        return ret;
      }
    };
    exports.ByteBuffer = ByteBuffer8;
  }
});

// node_modules/flatbuffers/js/builder.js
var require_builder = __commonJS({
  "node_modules/flatbuffers/js/builder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Builder = void 0;
    var byte_buffer_js_1 = require_byte_buffer();
    var constants_js_1 = require_constants();
    var Builder6 = class _Builder {
      /**
       * Create a FlatBufferBuilder.
       */
      constructor(opt_initial_size) {
        this.minalign = 1;
        this.vtable = null;
        this.vtable_in_use = 0;
        this.isNested = false;
        this.object_start = 0;
        this.vtables = [];
        this.vector_num_elems = 0;
        this.force_defaults = false;
        this.string_maps = null;
        this.text_encoder = new TextEncoder();
        let initial_size;
        if (!opt_initial_size) {
          initial_size = 1024;
        } else {
          initial_size = opt_initial_size;
        }
        this.bb = byte_buffer_js_1.ByteBuffer.allocate(initial_size);
        this.space = initial_size;
      }
      clear() {
        this.bb.clear();
        this.space = this.bb.capacity();
        this.minalign = 1;
        this.vtable = null;
        this.vtable_in_use = 0;
        this.isNested = false;
        this.object_start = 0;
        this.vtables = [];
        this.vector_num_elems = 0;
        this.force_defaults = false;
        this.string_maps = null;
      }
      /**
       * In order to save space, fields that are set to their default value
       * don't get serialized into the buffer. Forcing defaults provides a
       * way to manually disable this optimization.
       *
       * @param forceDefaults true always serializes default values
       */
      forceDefaults(forceDefaults) {
        this.force_defaults = forceDefaults;
      }
      /**
       * Get the ByteBuffer representing the FlatBuffer. Only call this after you've
       * called finish(). The actual data starts at the ByteBuffer's current position,
       * not necessarily at 0.
       */
      dataBuffer() {
        return this.bb;
      }
      /**
       * Get the bytes representing the FlatBuffer. Only call this after you've
       * called finish().
       */
      asUint8Array() {
        return this.bb.bytes().subarray(this.bb.position(), this.bb.position() + this.offset());
      }
      /**
       * Prepare to write an element of `size` after `additional_bytes` have been
       * written, e.g. if you write a string, you need to align such the int length
       * field is aligned to 4 bytes, and the string data follows it directly. If all
       * you need to do is alignment, `additional_bytes` will be 0.
       *
       * @param size This is the of the new element to write
       * @param additional_bytes The padding size
       */
      prep(size, additional_bytes) {
        if (size > this.minalign) {
          this.minalign = size;
        }
        const align_size = ~(this.bb.capacity() - this.space + additional_bytes) + 1 & size - 1;
        while (this.space < align_size + size + additional_bytes) {
          const old_buf_size = this.bb.capacity();
          this.bb = _Builder.growByteBuffer(this.bb);
          this.space += this.bb.capacity() - old_buf_size;
        }
        this.pad(align_size);
      }
      pad(byte_size) {
        for (let i2 = 0; i2 < byte_size; i2++) {
          this.bb.writeInt8(--this.space, 0);
        }
      }
      writeInt8(value) {
        this.bb.writeInt8(this.space -= 1, value);
      }
      writeInt16(value) {
        this.bb.writeInt16(this.space -= 2, value);
      }
      writeInt32(value) {
        this.bb.writeInt32(this.space -= 4, value);
      }
      writeInt64(value) {
        this.bb.writeInt64(this.space -= 8, value);
      }
      writeFloat32(value) {
        this.bb.writeFloat32(this.space -= 4, value);
      }
      writeFloat64(value) {
        this.bb.writeFloat64(this.space -= 8, value);
      }
      /**
       * Add an `int8` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int8` to add the buffer.
       */
      addInt8(value) {
        this.prep(1, 0);
        this.writeInt8(value);
      }
      /**
       * Add an `int16` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int16` to add the buffer.
       */
      addInt16(value) {
        this.prep(2, 0);
        this.writeInt16(value);
      }
      /**
       * Add an `int32` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int32` to add the buffer.
       */
      addInt32(value) {
        this.prep(4, 0);
        this.writeInt32(value);
      }
      /**
       * Add an `int64` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int64` to add the buffer.
       */
      addInt64(value) {
        this.prep(8, 0);
        this.writeInt64(value);
      }
      /**
       * Add a `float32` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `float32` to add the buffer.
       */
      addFloat32(value) {
        this.prep(4, 0);
        this.writeFloat32(value);
      }
      /**
       * Add a `float64` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `float64` to add the buffer.
       */
      addFloat64(value) {
        this.prep(8, 0);
        this.writeFloat64(value);
      }
      addFieldInt8(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addInt8(value);
          this.slot(voffset);
        }
      }
      addFieldInt16(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addInt16(value);
          this.slot(voffset);
        }
      }
      addFieldInt32(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addInt32(value);
          this.slot(voffset);
        }
      }
      addFieldInt64(voffset, value, defaultValue) {
        if (this.force_defaults || value !== defaultValue) {
          this.addInt64(value);
          this.slot(voffset);
        }
      }
      addFieldFloat32(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addFloat32(value);
          this.slot(voffset);
        }
      }
      addFieldFloat64(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addFloat64(value);
          this.slot(voffset);
        }
      }
      addFieldOffset(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addOffset(value);
          this.slot(voffset);
        }
      }
      /**
       * Structs are stored inline, so nothing additional is being added. `d` is always 0.
       */
      addFieldStruct(voffset, value, defaultValue) {
        if (value != defaultValue) {
          this.nested(value);
          this.slot(voffset);
        }
      }
      /**
       * Structures are always stored inline, they need to be created right
       * where they're used.  You'll get this assertion failure if you
       * created it elsewhere.
       */
      nested(obj) {
        if (obj != this.offset()) {
          throw new TypeError("FlatBuffers: struct must be serialized inline.");
        }
      }
      /**
       * Should not be creating any other object, string or vector
       * while an object is being constructed
       */
      notNested() {
        if (this.isNested) {
          throw new TypeError("FlatBuffers: object serialization must not be nested.");
        }
      }
      /**
       * Set the current vtable at `voffset` to the current location in the buffer.
       */
      slot(voffset) {
        if (this.vtable !== null)
          this.vtable[voffset] = this.offset();
      }
      /**
       * @returns Offset relative to the end of the buffer.
       */
      offset() {
        return this.bb.capacity() - this.space;
      }
      /**
       * Doubles the size of the backing ByteBuffer and copies the old data towards
       * the end of the new buffer (since we build the buffer backwards).
       *
       * @param bb The current buffer with the existing data
       * @returns A new byte buffer with the old data copied
       * to it. The data is located at the end of the buffer.
       *
       * uint8Array.set() formally takes {Array<number>|ArrayBufferView}, so to pass
       * it a uint8Array we need to suppress the type check:
       * @suppress {checkTypes}
       */
      static growByteBuffer(bb) {
        const old_buf_size = bb.capacity();
        if (old_buf_size & 3221225472) {
          throw new Error("FlatBuffers: cannot grow buffer beyond 2 gigabytes.");
        }
        const new_buf_size = old_buf_size << 1;
        const nbb = byte_buffer_js_1.ByteBuffer.allocate(new_buf_size);
        nbb.setPosition(new_buf_size - old_buf_size);
        nbb.bytes().set(bb.bytes(), new_buf_size - old_buf_size);
        return nbb;
      }
      /**
       * Adds on offset, relative to where it will be written.
       *
       * @param offset The offset to add.
       */
      addOffset(offset) {
        this.prep(constants_js_1.SIZEOF_INT, 0);
        this.writeInt32(this.offset() - offset + constants_js_1.SIZEOF_INT);
      }
      /**
       * Start encoding a new object in the buffer.  Users will not usually need to
       * call this directly. The FlatBuffers compiler will generate helper methods
       * that call this method internally.
       */
      startObject(numfields) {
        this.notNested();
        if (this.vtable == null) {
          this.vtable = [];
        }
        this.vtable_in_use = numfields;
        for (let i2 = 0; i2 < numfields; i2++) {
          this.vtable[i2] = 0;
        }
        this.isNested = true;
        this.object_start = this.offset();
      }
      /**
       * Finish off writing the object that is under construction.
       *
       * @returns The offset to the object inside `dataBuffer`
       */
      endObject() {
        if (this.vtable == null || !this.isNested) {
          throw new Error("FlatBuffers: endObject called without startObject");
        }
        this.addInt32(0);
        const vtableloc = this.offset();
        let i2 = this.vtable_in_use - 1;
        for (; i2 >= 0 && this.vtable[i2] == 0; i2--) {
        }
        const trimmed_size = i2 + 1;
        for (; i2 >= 0; i2--) {
          this.addInt16(this.vtable[i2] != 0 ? vtableloc - this.vtable[i2] : 0);
        }
        const standard_fields = 2;
        this.addInt16(vtableloc - this.object_start);
        const len = (trimmed_size + standard_fields) * constants_js_1.SIZEOF_SHORT;
        this.addInt16(len);
        let existing_vtable = 0;
        const vt1 = this.space;
        outer_loop: for (i2 = 0; i2 < this.vtables.length; i2++) {
          const vt2 = this.bb.capacity() - this.vtables[i2];
          if (len == this.bb.readInt16(vt2)) {
            for (let j = constants_js_1.SIZEOF_SHORT; j < len; j += constants_js_1.SIZEOF_SHORT) {
              if (this.bb.readInt16(vt1 + j) != this.bb.readInt16(vt2 + j)) {
                continue outer_loop;
              }
            }
            existing_vtable = this.vtables[i2];
            break;
          }
        }
        if (existing_vtable) {
          this.space = this.bb.capacity() - vtableloc;
          this.bb.writeInt32(this.space, existing_vtable - vtableloc);
        } else {
          this.vtables.push(this.offset());
          this.bb.writeInt32(this.bb.capacity() - vtableloc, this.offset() - vtableloc);
        }
        this.isNested = false;
        return vtableloc;
      }
      /**
       * Finalize a buffer, poiting to the given `root_table`.
       */
      finish(root_table, opt_file_identifier, opt_size_prefix) {
        const size_prefix = opt_size_prefix ? constants_js_1.SIZE_PREFIX_LENGTH : 0;
        if (opt_file_identifier) {
          const file_identifier = opt_file_identifier;
          this.prep(this.minalign, constants_js_1.SIZEOF_INT + constants_js_1.FILE_IDENTIFIER_LENGTH + size_prefix);
          if (file_identifier.length != constants_js_1.FILE_IDENTIFIER_LENGTH) {
            throw new TypeError("FlatBuffers: file identifier must be length " + constants_js_1.FILE_IDENTIFIER_LENGTH);
          }
          for (let i2 = constants_js_1.FILE_IDENTIFIER_LENGTH - 1; i2 >= 0; i2--) {
            this.writeInt8(file_identifier.charCodeAt(i2));
          }
        }
        this.prep(this.minalign, constants_js_1.SIZEOF_INT + size_prefix);
        this.addOffset(root_table);
        if (size_prefix) {
          this.addInt32(this.bb.capacity() - this.space);
        }
        this.bb.setPosition(this.space);
      }
      /**
       * Finalize a size prefixed buffer, pointing to the given `root_table`.
       */
      finishSizePrefixed(root_table, opt_file_identifier) {
        this.finish(root_table, opt_file_identifier, true);
      }
      /**
       * This checks a required field has been set in a given table that has
       * just been constructed.
       */
      requiredField(table, field) {
        const table_start = this.bb.capacity() - table;
        const vtable_start = table_start - this.bb.readInt32(table_start);
        const ok = field < this.bb.readInt16(vtable_start) && this.bb.readInt16(vtable_start + field) != 0;
        if (!ok) {
          throw new TypeError("FlatBuffers: field " + field + " must be set");
        }
      }
      /**
       * Start a new array/vector of objects.  Users usually will not call
       * this directly. The FlatBuffers compiler will create a start/end
       * method for vector types in generated code.
       *
       * @param elem_size The size of each element in the array
       * @param num_elems The number of elements in the array
       * @param alignment The alignment of the array
       */
      startVector(elem_size, num_elems, alignment) {
        this.notNested();
        this.vector_num_elems = num_elems;
        this.prep(constants_js_1.SIZEOF_INT, elem_size * num_elems);
        this.prep(alignment, elem_size * num_elems);
      }
      /**
       * Finish off the creation of an array and all its elements. The array must be
       * created with `startVector`.
       *
       * @returns The offset at which the newly created array
       * starts.
       */
      endVector() {
        this.writeInt32(this.vector_num_elems);
        return this.offset();
      }
      /**
       * Encode the string `s` in the buffer using UTF-8. If the string passed has
       * already been seen, we return the offset of the already written string
       *
       * @param s The string to encode
       * @return The offset in the buffer where the encoded string starts
       */
      createSharedString(s) {
        if (!s) {
          return 0;
        }
        if (!this.string_maps) {
          this.string_maps = /* @__PURE__ */ new Map();
        }
        if (this.string_maps.has(s)) {
          return this.string_maps.get(s);
        }
        const offset = this.createString(s);
        this.string_maps.set(s, offset);
        return offset;
      }
      /**
       * Encode the string `s` in the buffer using UTF-8. If a Uint8Array is passed
       * instead of a string, it is assumed to contain valid UTF-8 encoded data.
       *
       * @param s The string to encode
       * @return The offset in the buffer where the encoded string starts
       */
      createString(s) {
        if (s === null || s === void 0) {
          return 0;
        }
        let utf8;
        if (s instanceof Uint8Array) {
          utf8 = s;
        } else {
          utf8 = this.text_encoder.encode(s);
        }
        this.addInt8(0);
        this.startVector(1, utf8.length, 1);
        this.bb.setPosition(this.space -= utf8.length);
        this.bb.bytes().set(utf8, this.space);
        return this.endVector();
      }
      /**
       * Create a byte vector.
       *
       * @param v The bytes to add
       * @returns The offset in the buffer where the byte vector starts
       */
      createByteVector(v) {
        if (v === null || v === void 0) {
          return 0;
        }
        this.startVector(1, v.length, 1);
        this.bb.setPosition(this.space -= v.length);
        this.bb.bytes().set(v, this.space);
        return this.endVector();
      }
      /**
       * A helper function to pack an object
       *
       * @returns offset of obj
       */
      createObjectOffset(obj) {
        if (obj === null) {
          return 0;
        }
        if (typeof obj === "string") {
          return this.createString(obj);
        } else {
          return obj.pack(this);
        }
      }
      /**
       * A helper function to pack a list of object
       *
       * @returns list of offsets of each non null object
       */
      createObjectOffsetList(list) {
        const ret = [];
        for (let i2 = 0; i2 < list.length; ++i2) {
          const val = list[i2];
          if (val !== null) {
            ret.push(this.createObjectOffset(val));
          } else {
            throw new TypeError("FlatBuffers: Argument for createObjectOffsetList cannot contain null.");
          }
        }
        return ret;
      }
      createStructOffsetList(list, startFunc) {
        startFunc(this, list.length);
        this.createObjectOffsetList(list.slice().reverse());
        return this.endVector();
      }
    };
    exports.Builder = Builder6;
  }
});

// node_modules/flatbuffers/js/flatbuffers.js
var require_flatbuffers = __commonJS({
  "node_modules/flatbuffers/js/flatbuffers.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Encoding = exports.ByteBuffer = exports.Builder = exports.isLittleEndian = exports.int32 = exports.float64 = exports.float32 = exports.SIZE_PREFIX_LENGTH = exports.SIZEOF_SHORT = exports.SIZEOF_INT = exports.FILE_IDENTIFIER_LENGTH = void 0;
    var constants_js_1 = require_constants();
    Object.defineProperty(exports, "FILE_IDENTIFIER_LENGTH", { enumerable: true, get: function() {
      return constants_js_1.FILE_IDENTIFIER_LENGTH;
    } });
    Object.defineProperty(exports, "SIZEOF_INT", { enumerable: true, get: function() {
      return constants_js_1.SIZEOF_INT;
    } });
    Object.defineProperty(exports, "SIZEOF_SHORT", { enumerable: true, get: function() {
      return constants_js_1.SIZEOF_SHORT;
    } });
    Object.defineProperty(exports, "SIZE_PREFIX_LENGTH", { enumerable: true, get: function() {
      return constants_js_1.SIZE_PREFIX_LENGTH;
    } });
    var utils_js_1 = require_utils();
    Object.defineProperty(exports, "float32", { enumerable: true, get: function() {
      return utils_js_1.float32;
    } });
    Object.defineProperty(exports, "float64", { enumerable: true, get: function() {
      return utils_js_1.float64;
    } });
    Object.defineProperty(exports, "int32", { enumerable: true, get: function() {
      return utils_js_1.int32;
    } });
    Object.defineProperty(exports, "isLittleEndian", { enumerable: true, get: function() {
      return utils_js_1.isLittleEndian;
    } });
    var builder_js_1 = require_builder();
    Object.defineProperty(exports, "Builder", { enumerable: true, get: function() {
      return builder_js_1.Builder;
    } });
    var byte_buffer_js_1 = require_byte_buffer();
    Object.defineProperty(exports, "ByteBuffer", { enumerable: true, get: function() {
      return byte_buffer_js_1.ByteBuffer;
    } });
    var encoding_js_1 = require_encoding();
    Object.defineProperty(exports, "Encoding", { enumerable: true, get: function() {
      return encoding_js_1.Encoding;
    } });
  }
});

// node_modules/apache-arrow/fb/body-compression-method.mjs
var BodyCompressionMethod;
var init_body_compression_method = __esm({
  "node_modules/apache-arrow/fb/body-compression-method.mjs"() {
    (function(BodyCompressionMethod2) {
      BodyCompressionMethod2[BodyCompressionMethod2["BUFFER"] = 0] = "BUFFER";
    })(BodyCompressionMethod || (BodyCompressionMethod = {}));
  }
});

// node_modules/apache-arrow/fb/compression-type.mjs
var CompressionType;
var init_compression_type = __esm({
  "node_modules/apache-arrow/fb/compression-type.mjs"() {
    (function(CompressionType2) {
      CompressionType2[CompressionType2["LZ4_FRAME"] = 0] = "LZ4_FRAME";
      CompressionType2[CompressionType2["ZSTD"] = 1] = "ZSTD";
    })(CompressionType || (CompressionType = {}));
  }
});

// node_modules/apache-arrow/fb/body-compression.mjs
var flatbuffers, BodyCompression;
var init_body_compression = __esm({
  "node_modules/apache-arrow/fb/body-compression.mjs"() {
    flatbuffers = __toESM(require_flatbuffers(), 1);
    init_body_compression_method();
    init_compression_type();
    BodyCompression = class _BodyCompression {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsBodyCompression(bb, obj) {
        return (obj || new _BodyCompression()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsBodyCompression(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers.SIZE_PREFIX_LENGTH);
        return (obj || new _BodyCompression()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      /**
       * Compressor library.
       * For LZ4_FRAME, each compressed buffer must consist of a single frame.
       */
      codec() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : CompressionType.LZ4_FRAME;
      }
      /**
       * Indicates the way the record batch body was compressed
       */
      method() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : BodyCompressionMethod.BUFFER;
      }
      static startBodyCompression(builder) {
        builder.startObject(2);
      }
      static addCodec(builder, codec) {
        builder.addFieldInt8(0, codec, CompressionType.LZ4_FRAME);
      }
      static addMethod(builder, method) {
        builder.addFieldInt8(1, method, BodyCompressionMethod.BUFFER);
      }
      static endBodyCompression(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createBodyCompression(builder, codec, method) {
        _BodyCompression.startBodyCompression(builder);
        _BodyCompression.addCodec(builder, codec);
        _BodyCompression.addMethod(builder, method);
        return _BodyCompression.endBodyCompression(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/buffer.mjs
var Buffer2;
var init_buffer2 = __esm({
  "node_modules/apache-arrow/fb/buffer.mjs"() {
    Buffer2 = class {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      /**
       * The relative offset into the shared memory page where the bytes for this
       * buffer starts
       */
      offset() {
        return this.bb.readInt64(this.bb_pos);
      }
      /**
       * The absolute length (in bytes) of the memory buffer. The memory is found
       * from offset (inclusive) to offset + length (non-inclusive). When building
       * messages using the encapsulated IPC message, padding bytes may be written
       * after a buffer, but such padding bytes do not need to be accounted for in
       * the size here.
       */
      length() {
        return this.bb.readInt64(this.bb_pos + 8);
      }
      static sizeOf() {
        return 16;
      }
      static createBuffer(builder, offset, length) {
        builder.prep(8, 16);
        builder.writeInt64(BigInt(length !== null && length !== void 0 ? length : 0));
        builder.writeInt64(BigInt(offset !== null && offset !== void 0 ? offset : 0));
        return builder.offset();
      }
    };
  }
});

// node_modules/apache-arrow/fb/field-node.mjs
var FieldNode;
var init_field_node = __esm({
  "node_modules/apache-arrow/fb/field-node.mjs"() {
    FieldNode = class {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      /**
       * The number of value slots in the Arrow array at this level of a nested
       * tree
       */
      length() {
        return this.bb.readInt64(this.bb_pos);
      }
      /**
       * The number of observed nulls. Fields with null_count == 0 may choose not
       * to write their physical validity bitmap out as a materialized buffer,
       * instead setting the length of the bitmap buffer to 0.
       */
      nullCount() {
        return this.bb.readInt64(this.bb_pos + 8);
      }
      static sizeOf() {
        return 16;
      }
      static createFieldNode(builder, length, null_count) {
        builder.prep(8, 16);
        builder.writeInt64(BigInt(null_count !== null && null_count !== void 0 ? null_count : 0));
        builder.writeInt64(BigInt(length !== null && length !== void 0 ? length : 0));
        return builder.offset();
      }
    };
  }
});

// node_modules/apache-arrow/fb/record-batch.mjs
var flatbuffers2, RecordBatch;
var init_record_batch = __esm({
  "node_modules/apache-arrow/fb/record-batch.mjs"() {
    flatbuffers2 = __toESM(require_flatbuffers(), 1);
    init_body_compression();
    init_buffer2();
    init_field_node();
    RecordBatch = class _RecordBatch {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsRecordBatch(bb, obj) {
        return (obj || new _RecordBatch()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsRecordBatch(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers2.SIZE_PREFIX_LENGTH);
        return (obj || new _RecordBatch()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      /**
       * number of records / rows. The arrays in the batch should all have this
       * length
       */
      length() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
      }
      /**
       * Nodes correspond to the pre-ordered flattened logical schema
       */
      nodes(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? (obj || new FieldNode()).__init(this.bb.__vector(this.bb_pos + offset) + index * 16, this.bb) : null;
      }
      nodesLength() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      /**
       * Buffers correspond to the pre-ordered flattened buffer tree
       *
       * The number of buffers appended to this list depends on the schema. For
       * example, most primitive arrays will have 2 buffers, 1 for the validity
       * bitmap and 1 for the values. For struct arrays, there will only be a
       * single buffer for the validity (nulls) bitmap
       */
      buffers(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? (obj || new Buffer2()).__init(this.bb.__vector(this.bb_pos + offset) + index * 16, this.bb) : null;
      }
      buffersLength() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      /**
       * Optional compression of the message body
       */
      compression(obj) {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? (obj || new BodyCompression()).__init(this.bb.__indirect(this.bb_pos + offset), this.bb) : null;
      }
      /**
       * Some types such as Utf8View are represented using a variable number of buffers.
       * For each such Field in the pre-ordered flattened logical schema, there will be
       * an entry in variadicBufferCounts to indicate the number of number of variadic
       * buffers which belong to that Field in the current RecordBatch.
       *
       * For example, the schema
       *     col1: Struct<alpha: Int32, beta: BinaryView, gamma: Float64>
       *     col2: Utf8View
       * contains two Fields with variadic buffers so variadicBufferCounts will have
       * two entries, the first counting the variadic buffers of `col1.beta` and the
       * second counting `col2`'s.
       *
       * This field may be omitted if and only if the schema contains no Fields with
       * a variable number of buffers, such as BinaryView and Utf8View.
       */
      variadicBufferCounts(index) {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
      }
      variadicBufferCountsLength() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      static startRecordBatch(builder) {
        builder.startObject(5);
      }
      static addLength(builder, length) {
        builder.addFieldInt64(0, length, BigInt("0"));
      }
      static addNodes(builder, nodesOffset) {
        builder.addFieldOffset(1, nodesOffset, 0);
      }
      static startNodesVector(builder, numElems) {
        builder.startVector(16, numElems, 8);
      }
      static addBuffers(builder, buffersOffset) {
        builder.addFieldOffset(2, buffersOffset, 0);
      }
      static startBuffersVector(builder, numElems) {
        builder.startVector(16, numElems, 8);
      }
      static addCompression(builder, compressionOffset) {
        builder.addFieldOffset(3, compressionOffset, 0);
      }
      static addVariadicBufferCounts(builder, variadicBufferCountsOffset) {
        builder.addFieldOffset(4, variadicBufferCountsOffset, 0);
      }
      static createVariadicBufferCountsVector(builder, data) {
        builder.startVector(8, data.length, 8);
        for (let i2 = data.length - 1; i2 >= 0; i2--) {
          builder.addInt64(data[i2]);
        }
        return builder.endVector();
      }
      static startVariadicBufferCountsVector(builder, numElems) {
        builder.startVector(8, numElems, 8);
      }
      static endRecordBatch(builder) {
        const offset = builder.endObject();
        return offset;
      }
    };
  }
});

// node_modules/apache-arrow/fb/dictionary-batch.mjs
var flatbuffers3, DictionaryBatch;
var init_dictionary_batch = __esm({
  "node_modules/apache-arrow/fb/dictionary-batch.mjs"() {
    flatbuffers3 = __toESM(require_flatbuffers(), 1);
    init_record_batch();
    DictionaryBatch = class _DictionaryBatch {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsDictionaryBatch(bb, obj) {
        return (obj || new _DictionaryBatch()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsDictionaryBatch(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers3.SIZE_PREFIX_LENGTH);
        return (obj || new _DictionaryBatch()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      id() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
      }
      data(obj) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? (obj || new RecordBatch()).__init(this.bb.__indirect(this.bb_pos + offset), this.bb) : null;
      }
      /**
       * If isDelta is true the values in the dictionary are to be appended to a
       * dictionary with the indicated id. If isDelta is false this dictionary
       * should replace the existing dictionary.
       */
      isDelta() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
      }
      static startDictionaryBatch(builder) {
        builder.startObject(3);
      }
      static addId(builder, id) {
        builder.addFieldInt64(0, id, BigInt("0"));
      }
      static addData(builder, dataOffset) {
        builder.addFieldOffset(1, dataOffset, 0);
      }
      static addIsDelta(builder, isDelta) {
        builder.addFieldInt8(2, +isDelta, 0);
      }
      static endDictionaryBatch(builder) {
        const offset = builder.endObject();
        return offset;
      }
    };
  }
});

// node_modules/apache-arrow/fb/endianness.mjs
var Endianness;
var init_endianness = __esm({
  "node_modules/apache-arrow/fb/endianness.mjs"() {
    (function(Endianness2) {
      Endianness2[Endianness2["Little"] = 0] = "Little";
      Endianness2[Endianness2["Big"] = 1] = "Big";
    })(Endianness || (Endianness = {}));
  }
});

// node_modules/apache-arrow/fb/dictionary-kind.mjs
var DictionaryKind;
var init_dictionary_kind = __esm({
  "node_modules/apache-arrow/fb/dictionary-kind.mjs"() {
    (function(DictionaryKind2) {
      DictionaryKind2[DictionaryKind2["DenseArray"] = 0] = "DenseArray";
    })(DictionaryKind || (DictionaryKind = {}));
  }
});

// node_modules/apache-arrow/fb/int.mjs
var flatbuffers4, Int;
var init_int = __esm({
  "node_modules/apache-arrow/fb/int.mjs"() {
    flatbuffers4 = __toESM(require_flatbuffers(), 1);
    Int = class _Int {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsInt(bb, obj) {
        return (obj || new _Int()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsInt(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers4.SIZE_PREFIX_LENGTH);
        return (obj || new _Int()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      bitWidth() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
      }
      isSigned() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
      }
      static startInt(builder) {
        builder.startObject(2);
      }
      static addBitWidth(builder, bitWidth) {
        builder.addFieldInt32(0, bitWidth, 0);
      }
      static addIsSigned(builder, isSigned) {
        builder.addFieldInt8(1, +isSigned, 0);
      }
      static endInt(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createInt(builder, bitWidth, isSigned) {
        _Int.startInt(builder);
        _Int.addBitWidth(builder, bitWidth);
        _Int.addIsSigned(builder, isSigned);
        return _Int.endInt(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/dictionary-encoding.mjs
var flatbuffers5, DictionaryEncoding;
var init_dictionary_encoding = __esm({
  "node_modules/apache-arrow/fb/dictionary-encoding.mjs"() {
    flatbuffers5 = __toESM(require_flatbuffers(), 1);
    init_dictionary_kind();
    init_int();
    DictionaryEncoding = class _DictionaryEncoding {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsDictionaryEncoding(bb, obj) {
        return (obj || new _DictionaryEncoding()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsDictionaryEncoding(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers5.SIZE_PREFIX_LENGTH);
        return (obj || new _DictionaryEncoding()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      /**
       * The known dictionary id in the application where this data is used. In
       * the file or streaming formats, the dictionary ids are found in the
       * DictionaryBatch messages
       */
      id() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
      }
      /**
       * The dictionary indices are constrained to be non-negative integers. If
       * this field is null, the indices must be signed int32. To maximize
       * cross-language compatibility and performance, implementations are
       * recommended to prefer signed integer types over unsigned integer types
       * and to avoid uint64 indices unless they are required by an application.
       */
      indexType(obj) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? (obj || new Int()).__init(this.bb.__indirect(this.bb_pos + offset), this.bb) : null;
      }
      /**
       * By default, dictionaries are not ordered, or the order does not have
       * semantic meaning. In some statistical, applications, dictionary-encoding
       * is used to represent ordered categorical data, and we provide a way to
       * preserve that metadata here
       */
      isOrdered() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
      }
      dictionaryKind() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readInt16(this.bb_pos + offset) : DictionaryKind.DenseArray;
      }
      static startDictionaryEncoding(builder) {
        builder.startObject(4);
      }
      static addId(builder, id) {
        builder.addFieldInt64(0, id, BigInt("0"));
      }
      static addIndexType(builder, indexTypeOffset) {
        builder.addFieldOffset(1, indexTypeOffset, 0);
      }
      static addIsOrdered(builder, isOrdered) {
        builder.addFieldInt8(2, +isOrdered, 0);
      }
      static addDictionaryKind(builder, dictionaryKind) {
        builder.addFieldInt16(3, dictionaryKind, DictionaryKind.DenseArray);
      }
      static endDictionaryEncoding(builder) {
        const offset = builder.endObject();
        return offset;
      }
    };
  }
});

// node_modules/apache-arrow/fb/key-value.mjs
var flatbuffers6, KeyValue;
var init_key_value = __esm({
  "node_modules/apache-arrow/fb/key-value.mjs"() {
    flatbuffers6 = __toESM(require_flatbuffers(), 1);
    KeyValue = class _KeyValue {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsKeyValue(bb, obj) {
        return (obj || new _KeyValue()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsKeyValue(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers6.SIZE_PREFIX_LENGTH);
        return (obj || new _KeyValue()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      key(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
      }
      value(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
      }
      static startKeyValue(builder) {
        builder.startObject(2);
      }
      static addKey(builder, keyOffset) {
        builder.addFieldOffset(0, keyOffset, 0);
      }
      static addValue(builder, valueOffset) {
        builder.addFieldOffset(1, valueOffset, 0);
      }
      static endKeyValue(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createKeyValue(builder, keyOffset, valueOffset) {
        _KeyValue.startKeyValue(builder);
        _KeyValue.addKey(builder, keyOffset);
        _KeyValue.addValue(builder, valueOffset);
        return _KeyValue.endKeyValue(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/binary.mjs
var flatbuffers7, Binary;
var init_binary = __esm({
  "node_modules/apache-arrow/fb/binary.mjs"() {
    flatbuffers7 = __toESM(require_flatbuffers(), 1);
    Binary = class _Binary {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsBinary(bb, obj) {
        return (obj || new _Binary()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsBinary(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers7.SIZE_PREFIX_LENGTH);
        return (obj || new _Binary()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static startBinary(builder) {
        builder.startObject(0);
      }
      static endBinary(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createBinary(builder) {
        _Binary.startBinary(builder);
        return _Binary.endBinary(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/binary-view.mjs
var flatbuffers8, BinaryView;
var init_binary_view = __esm({
  "node_modules/apache-arrow/fb/binary-view.mjs"() {
    flatbuffers8 = __toESM(require_flatbuffers(), 1);
    BinaryView = class _BinaryView {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsBinaryView(bb, obj) {
        return (obj || new _BinaryView()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsBinaryView(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers8.SIZE_PREFIX_LENGTH);
        return (obj || new _BinaryView()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static startBinaryView(builder) {
        builder.startObject(0);
      }
      static endBinaryView(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createBinaryView(builder) {
        _BinaryView.startBinaryView(builder);
        return _BinaryView.endBinaryView(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/bool.mjs
var flatbuffers9, Bool;
var init_bool = __esm({
  "node_modules/apache-arrow/fb/bool.mjs"() {
    flatbuffers9 = __toESM(require_flatbuffers(), 1);
    Bool = class _Bool {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsBool(bb, obj) {
        return (obj || new _Bool()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsBool(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers9.SIZE_PREFIX_LENGTH);
        return (obj || new _Bool()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static startBool(builder) {
        builder.startObject(0);
      }
      static endBool(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createBool(builder) {
        _Bool.startBool(builder);
        return _Bool.endBool(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/date.mjs
var flatbuffers10, Date2;
var init_date = __esm({
  "node_modules/apache-arrow/fb/date.mjs"() {
    flatbuffers10 = __toESM(require_flatbuffers(), 1);
    init_date_unit();
    Date2 = class _Date {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsDate(bb, obj) {
        return (obj || new _Date()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsDate(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers10.SIZE_PREFIX_LENGTH);
        return (obj || new _Date()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      unit() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt16(this.bb_pos + offset) : DateUnit.MILLISECOND;
      }
      static startDate(builder) {
        builder.startObject(1);
      }
      static addUnit(builder, unit) {
        builder.addFieldInt16(0, unit, DateUnit.MILLISECOND);
      }
      static endDate(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createDate(builder, unit) {
        _Date.startDate(builder);
        _Date.addUnit(builder, unit);
        return _Date.endDate(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/decimal.mjs
var flatbuffers11, Decimal;
var init_decimal = __esm({
  "node_modules/apache-arrow/fb/decimal.mjs"() {
    flatbuffers11 = __toESM(require_flatbuffers(), 1);
    Decimal = class _Decimal {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsDecimal(bb, obj) {
        return (obj || new _Decimal()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsDecimal(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers11.SIZE_PREFIX_LENGTH);
        return (obj || new _Decimal()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      /**
       * Total number of decimal digits
       */
      precision() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
      }
      /**
       * Number of digits after the decimal point "."
       */
      scale() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
      }
      /**
       * Number of bits per value. The only accepted widths are 128 and 256.
       * We use bitWidth for consistency with Int::bitWidth.
       */
      bitWidth() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 128;
      }
      static startDecimal(builder) {
        builder.startObject(3);
      }
      static addPrecision(builder, precision) {
        builder.addFieldInt32(0, precision, 0);
      }
      static addScale(builder, scale) {
        builder.addFieldInt32(1, scale, 0);
      }
      static addBitWidth(builder, bitWidth) {
        builder.addFieldInt32(2, bitWidth, 128);
      }
      static endDecimal(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createDecimal(builder, precision, scale, bitWidth) {
        _Decimal.startDecimal(builder);
        _Decimal.addPrecision(builder, precision);
        _Decimal.addScale(builder, scale);
        _Decimal.addBitWidth(builder, bitWidth);
        return _Decimal.endDecimal(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/duration.mjs
var flatbuffers12, Duration;
var init_duration = __esm({
  "node_modules/apache-arrow/fb/duration.mjs"() {
    flatbuffers12 = __toESM(require_flatbuffers(), 1);
    init_time_unit();
    Duration = class _Duration {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsDuration(bb, obj) {
        return (obj || new _Duration()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsDuration(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers12.SIZE_PREFIX_LENGTH);
        return (obj || new _Duration()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      unit() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt16(this.bb_pos + offset) : TimeUnit.MILLISECOND;
      }
      static startDuration(builder) {
        builder.startObject(1);
      }
      static addUnit(builder, unit) {
        builder.addFieldInt16(0, unit, TimeUnit.MILLISECOND);
      }
      static endDuration(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createDuration(builder, unit) {
        _Duration.startDuration(builder);
        _Duration.addUnit(builder, unit);
        return _Duration.endDuration(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/fixed-size-binary.mjs
var flatbuffers13, FixedSizeBinary;
var init_fixed_size_binary = __esm({
  "node_modules/apache-arrow/fb/fixed-size-binary.mjs"() {
    flatbuffers13 = __toESM(require_flatbuffers(), 1);
    FixedSizeBinary = class _FixedSizeBinary {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsFixedSizeBinary(bb, obj) {
        return (obj || new _FixedSizeBinary()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsFixedSizeBinary(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers13.SIZE_PREFIX_LENGTH);
        return (obj || new _FixedSizeBinary()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      /**
       * Number of bytes per value
       */
      byteWidth() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
      }
      static startFixedSizeBinary(builder) {
        builder.startObject(1);
      }
      static addByteWidth(builder, byteWidth) {
        builder.addFieldInt32(0, byteWidth, 0);
      }
      static endFixedSizeBinary(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createFixedSizeBinary(builder, byteWidth) {
        _FixedSizeBinary.startFixedSizeBinary(builder);
        _FixedSizeBinary.addByteWidth(builder, byteWidth);
        return _FixedSizeBinary.endFixedSizeBinary(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/fixed-size-list.mjs
var flatbuffers14, FixedSizeList;
var init_fixed_size_list = __esm({
  "node_modules/apache-arrow/fb/fixed-size-list.mjs"() {
    flatbuffers14 = __toESM(require_flatbuffers(), 1);
    FixedSizeList = class _FixedSizeList {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsFixedSizeList(bb, obj) {
        return (obj || new _FixedSizeList()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsFixedSizeList(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers14.SIZE_PREFIX_LENGTH);
        return (obj || new _FixedSizeList()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      /**
       * Number of list items per value
       */
      listSize() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
      }
      static startFixedSizeList(builder) {
        builder.startObject(1);
      }
      static addListSize(builder, listSize) {
        builder.addFieldInt32(0, listSize, 0);
      }
      static endFixedSizeList(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createFixedSizeList(builder, listSize) {
        _FixedSizeList.startFixedSizeList(builder);
        _FixedSizeList.addListSize(builder, listSize);
        return _FixedSizeList.endFixedSizeList(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/floating-point.mjs
var flatbuffers15, FloatingPoint;
var init_floating_point = __esm({
  "node_modules/apache-arrow/fb/floating-point.mjs"() {
    flatbuffers15 = __toESM(require_flatbuffers(), 1);
    init_precision();
    FloatingPoint = class _FloatingPoint {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsFloatingPoint(bb, obj) {
        return (obj || new _FloatingPoint()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsFloatingPoint(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers15.SIZE_PREFIX_LENGTH);
        return (obj || new _FloatingPoint()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      precision() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt16(this.bb_pos + offset) : Precision.HALF;
      }
      static startFloatingPoint(builder) {
        builder.startObject(1);
      }
      static addPrecision(builder, precision) {
        builder.addFieldInt16(0, precision, Precision.HALF);
      }
      static endFloatingPoint(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createFloatingPoint(builder, precision) {
        _FloatingPoint.startFloatingPoint(builder);
        _FloatingPoint.addPrecision(builder, precision);
        return _FloatingPoint.endFloatingPoint(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/interval.mjs
var flatbuffers16, Interval;
var init_interval = __esm({
  "node_modules/apache-arrow/fb/interval.mjs"() {
    flatbuffers16 = __toESM(require_flatbuffers(), 1);
    init_interval_unit();
    Interval = class _Interval {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsInterval(bb, obj) {
        return (obj || new _Interval()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsInterval(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers16.SIZE_PREFIX_LENGTH);
        return (obj || new _Interval()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      unit() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt16(this.bb_pos + offset) : IntervalUnit.YEAR_MONTH;
      }
      static startInterval(builder) {
        builder.startObject(1);
      }
      static addUnit(builder, unit) {
        builder.addFieldInt16(0, unit, IntervalUnit.YEAR_MONTH);
      }
      static endInterval(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createInterval(builder, unit) {
        _Interval.startInterval(builder);
        _Interval.addUnit(builder, unit);
        return _Interval.endInterval(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/large-binary.mjs
var flatbuffers17, LargeBinary;
var init_large_binary = __esm({
  "node_modules/apache-arrow/fb/large-binary.mjs"() {
    flatbuffers17 = __toESM(require_flatbuffers(), 1);
    LargeBinary = class _LargeBinary {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsLargeBinary(bb, obj) {
        return (obj || new _LargeBinary()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsLargeBinary(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers17.SIZE_PREFIX_LENGTH);
        return (obj || new _LargeBinary()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static startLargeBinary(builder) {
        builder.startObject(0);
      }
      static endLargeBinary(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createLargeBinary(builder) {
        _LargeBinary.startLargeBinary(builder);
        return _LargeBinary.endLargeBinary(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/large-list.mjs
var flatbuffers18, LargeList;
var init_large_list = __esm({
  "node_modules/apache-arrow/fb/large-list.mjs"() {
    flatbuffers18 = __toESM(require_flatbuffers(), 1);
    LargeList = class _LargeList {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsLargeList(bb, obj) {
        return (obj || new _LargeList()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsLargeList(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers18.SIZE_PREFIX_LENGTH);
        return (obj || new _LargeList()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static startLargeList(builder) {
        builder.startObject(0);
      }
      static endLargeList(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createLargeList(builder) {
        _LargeList.startLargeList(builder);
        return _LargeList.endLargeList(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/large-utf8.mjs
var flatbuffers19, LargeUtf8;
var init_large_utf8 = __esm({
  "node_modules/apache-arrow/fb/large-utf8.mjs"() {
    flatbuffers19 = __toESM(require_flatbuffers(), 1);
    LargeUtf8 = class _LargeUtf8 {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsLargeUtf8(bb, obj) {
        return (obj || new _LargeUtf8()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsLargeUtf8(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers19.SIZE_PREFIX_LENGTH);
        return (obj || new _LargeUtf8()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static startLargeUtf8(builder) {
        builder.startObject(0);
      }
      static endLargeUtf8(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createLargeUtf8(builder) {
        _LargeUtf8.startLargeUtf8(builder);
        return _LargeUtf8.endLargeUtf8(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/list.mjs
var flatbuffers20, List;
var init_list = __esm({
  "node_modules/apache-arrow/fb/list.mjs"() {
    flatbuffers20 = __toESM(require_flatbuffers(), 1);
    List = class _List {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsList(bb, obj) {
        return (obj || new _List()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsList(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers20.SIZE_PREFIX_LENGTH);
        return (obj || new _List()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static startList(builder) {
        builder.startObject(0);
      }
      static endList(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createList(builder) {
        _List.startList(builder);
        return _List.endList(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/map.mjs
var flatbuffers21, Map2;
var init_map = __esm({
  "node_modules/apache-arrow/fb/map.mjs"() {
    flatbuffers21 = __toESM(require_flatbuffers(), 1);
    Map2 = class _Map {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsMap(bb, obj) {
        return (obj || new _Map()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsMap(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers21.SIZE_PREFIX_LENGTH);
        return (obj || new _Map()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      /**
       * Set to true if the keys within each value are sorted
       */
      keysSorted() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
      }
      static startMap(builder) {
        builder.startObject(1);
      }
      static addKeysSorted(builder, keysSorted) {
        builder.addFieldInt8(0, +keysSorted, 0);
      }
      static endMap(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createMap(builder, keysSorted) {
        _Map.startMap(builder);
        _Map.addKeysSorted(builder, keysSorted);
        return _Map.endMap(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/null.mjs
var flatbuffers22, Null;
var init_null = __esm({
  "node_modules/apache-arrow/fb/null.mjs"() {
    flatbuffers22 = __toESM(require_flatbuffers(), 1);
    Null = class _Null {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsNull(bb, obj) {
        return (obj || new _Null()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsNull(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers22.SIZE_PREFIX_LENGTH);
        return (obj || new _Null()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static startNull(builder) {
        builder.startObject(0);
      }
      static endNull(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createNull(builder) {
        _Null.startNull(builder);
        return _Null.endNull(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/struct-.mjs
var flatbuffers23, Struct_;
var init_struct = __esm({
  "node_modules/apache-arrow/fb/struct-.mjs"() {
    flatbuffers23 = __toESM(require_flatbuffers(), 1);
    Struct_ = class _Struct_ {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsStruct_(bb, obj) {
        return (obj || new _Struct_()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsStruct_(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers23.SIZE_PREFIX_LENGTH);
        return (obj || new _Struct_()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static startStruct_(builder) {
        builder.startObject(0);
      }
      static endStruct_(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createStruct_(builder) {
        _Struct_.startStruct_(builder);
        return _Struct_.endStruct_(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/time.mjs
var flatbuffers24, Time;
var init_time = __esm({
  "node_modules/apache-arrow/fb/time.mjs"() {
    flatbuffers24 = __toESM(require_flatbuffers(), 1);
    init_time_unit();
    Time = class _Time {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsTime(bb, obj) {
        return (obj || new _Time()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsTime(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers24.SIZE_PREFIX_LENGTH);
        return (obj || new _Time()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      unit() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt16(this.bb_pos + offset) : TimeUnit.MILLISECOND;
      }
      bitWidth() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 32;
      }
      static startTime(builder) {
        builder.startObject(2);
      }
      static addUnit(builder, unit) {
        builder.addFieldInt16(0, unit, TimeUnit.MILLISECOND);
      }
      static addBitWidth(builder, bitWidth) {
        builder.addFieldInt32(1, bitWidth, 32);
      }
      static endTime(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createTime(builder, unit, bitWidth) {
        _Time.startTime(builder);
        _Time.addUnit(builder, unit);
        _Time.addBitWidth(builder, bitWidth);
        return _Time.endTime(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/timestamp.mjs
var flatbuffers25, Timestamp;
var init_timestamp = __esm({
  "node_modules/apache-arrow/fb/timestamp.mjs"() {
    flatbuffers25 = __toESM(require_flatbuffers(), 1);
    init_time_unit();
    Timestamp = class _Timestamp {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsTimestamp(bb, obj) {
        return (obj || new _Timestamp()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsTimestamp(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers25.SIZE_PREFIX_LENGTH);
        return (obj || new _Timestamp()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      unit() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt16(this.bb_pos + offset) : TimeUnit.SECOND;
      }
      timezone(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
      }
      static startTimestamp(builder) {
        builder.startObject(2);
      }
      static addUnit(builder, unit) {
        builder.addFieldInt16(0, unit, TimeUnit.SECOND);
      }
      static addTimezone(builder, timezoneOffset) {
        builder.addFieldOffset(1, timezoneOffset, 0);
      }
      static endTimestamp(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createTimestamp(builder, unit, timezoneOffset) {
        _Timestamp.startTimestamp(builder);
        _Timestamp.addUnit(builder, unit);
        _Timestamp.addTimezone(builder, timezoneOffset);
        return _Timestamp.endTimestamp(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/union.mjs
var flatbuffers26, Union;
var init_union = __esm({
  "node_modules/apache-arrow/fb/union.mjs"() {
    flatbuffers26 = __toESM(require_flatbuffers(), 1);
    init_union_mode();
    Union = class _Union {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsUnion(bb, obj) {
        return (obj || new _Union()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsUnion(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers26.SIZE_PREFIX_LENGTH);
        return (obj || new _Union()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      mode() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt16(this.bb_pos + offset) : UnionMode.Sparse;
      }
      typeIds(index) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
      }
      typeIdsLength() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      typeIdsArray() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
      }
      static startUnion(builder) {
        builder.startObject(2);
      }
      static addMode(builder, mode) {
        builder.addFieldInt16(0, mode, UnionMode.Sparse);
      }
      static addTypeIds(builder, typeIdsOffset) {
        builder.addFieldOffset(1, typeIdsOffset, 0);
      }
      static createTypeIdsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i2 = data.length - 1; i2 >= 0; i2--) {
          builder.addInt32(data[i2]);
        }
        return builder.endVector();
      }
      static startTypeIdsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
      }
      static endUnion(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createUnion(builder, mode, typeIdsOffset) {
        _Union.startUnion(builder);
        _Union.addMode(builder, mode);
        _Union.addTypeIds(builder, typeIdsOffset);
        return _Union.endUnion(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/utf8.mjs
var flatbuffers27, Utf8;
var init_utf82 = __esm({
  "node_modules/apache-arrow/fb/utf8.mjs"() {
    flatbuffers27 = __toESM(require_flatbuffers(), 1);
    Utf8 = class _Utf8 {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsUtf8(bb, obj) {
        return (obj || new _Utf8()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsUtf8(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers27.SIZE_PREFIX_LENGTH);
        return (obj || new _Utf8()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static startUtf8(builder) {
        builder.startObject(0);
      }
      static endUtf8(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createUtf8(builder) {
        _Utf8.startUtf8(builder);
        return _Utf8.endUtf8(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/utf8-view.mjs
var flatbuffers28, Utf8View;
var init_utf8_view = __esm({
  "node_modules/apache-arrow/fb/utf8-view.mjs"() {
    flatbuffers28 = __toESM(require_flatbuffers(), 1);
    Utf8View = class _Utf8View {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsUtf8View(bb, obj) {
        return (obj || new _Utf8View()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsUtf8View(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers28.SIZE_PREFIX_LENGTH);
        return (obj || new _Utf8View()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static startUtf8View(builder) {
        builder.startObject(0);
      }
      static endUtf8View(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createUtf8View(builder) {
        _Utf8View.startUtf8View(builder);
        return _Utf8View.endUtf8View(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/type.mjs
var Type;
var init_type = __esm({
  "node_modules/apache-arrow/fb/type.mjs"() {
    (function(Type3) {
      Type3[Type3["NONE"] = 0] = "NONE";
      Type3[Type3["Null"] = 1] = "Null";
      Type3[Type3["Int"] = 2] = "Int";
      Type3[Type3["FloatingPoint"] = 3] = "FloatingPoint";
      Type3[Type3["Binary"] = 4] = "Binary";
      Type3[Type3["Utf8"] = 5] = "Utf8";
      Type3[Type3["Bool"] = 6] = "Bool";
      Type3[Type3["Decimal"] = 7] = "Decimal";
      Type3[Type3["Date"] = 8] = "Date";
      Type3[Type3["Time"] = 9] = "Time";
      Type3[Type3["Timestamp"] = 10] = "Timestamp";
      Type3[Type3["Interval"] = 11] = "Interval";
      Type3[Type3["List"] = 12] = "List";
      Type3[Type3["Struct_"] = 13] = "Struct_";
      Type3[Type3["Union"] = 14] = "Union";
      Type3[Type3["FixedSizeBinary"] = 15] = "FixedSizeBinary";
      Type3[Type3["FixedSizeList"] = 16] = "FixedSizeList";
      Type3[Type3["Map"] = 17] = "Map";
      Type3[Type3["Duration"] = 18] = "Duration";
      Type3[Type3["LargeBinary"] = 19] = "LargeBinary";
      Type3[Type3["LargeUtf8"] = 20] = "LargeUtf8";
      Type3[Type3["LargeList"] = 21] = "LargeList";
      Type3[Type3["RunEndEncoded"] = 22] = "RunEndEncoded";
      Type3[Type3["BinaryView"] = 23] = "BinaryView";
      Type3[Type3["Utf8View"] = 24] = "Utf8View";
      Type3[Type3["ListView"] = 25] = "ListView";
      Type3[Type3["LargeListView"] = 26] = "LargeListView";
    })(Type || (Type = {}));
  }
});

// node_modules/apache-arrow/fb/field.mjs
var flatbuffers29, Field;
var init_field = __esm({
  "node_modules/apache-arrow/fb/field.mjs"() {
    flatbuffers29 = __toESM(require_flatbuffers(), 1);
    init_dictionary_encoding();
    init_key_value();
    init_type();
    Field = class _Field {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsField(bb, obj) {
        return (obj || new _Field()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsField(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers29.SIZE_PREFIX_LENGTH);
        return (obj || new _Field()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      name(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
      }
      /**
       * Whether or not this field can contain nulls. Should be true in general.
       */
      nullable() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
      }
      typeType() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readUint8(this.bb_pos + offset) : Type.NONE;
      }
      /**
       * This is the type of the decoded value if the field is dictionary encoded.
       */
      type(obj) {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.__union(obj, this.bb_pos + offset) : null;
      }
      /**
       * Present only if the field is dictionary encoded.
       */
      dictionary(obj) {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? (obj || new DictionaryEncoding()).__init(this.bb.__indirect(this.bb_pos + offset), this.bb) : null;
      }
      /**
       * children apply only to nested data types like Struct, List and Union. For
       * primitive types children will have length 0.
       */
      children(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? (obj || new _Field()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
      }
      childrenLength() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      /**
       * User-defined metadata
       */
      customMetadata(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 16);
        return offset ? (obj || new KeyValue()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
      }
      customMetadataLength() {
        const offset = this.bb.__offset(this.bb_pos, 16);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      static startField(builder) {
        builder.startObject(7);
      }
      static addName(builder, nameOffset) {
        builder.addFieldOffset(0, nameOffset, 0);
      }
      static addNullable(builder, nullable) {
        builder.addFieldInt8(1, +nullable, 0);
      }
      static addTypeType(builder, typeType) {
        builder.addFieldInt8(2, typeType, Type.NONE);
      }
      static addType(builder, typeOffset) {
        builder.addFieldOffset(3, typeOffset, 0);
      }
      static addDictionary(builder, dictionaryOffset) {
        builder.addFieldOffset(4, dictionaryOffset, 0);
      }
      static addChildren(builder, childrenOffset) {
        builder.addFieldOffset(5, childrenOffset, 0);
      }
      static createChildrenVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i2 = data.length - 1; i2 >= 0; i2--) {
          builder.addOffset(data[i2]);
        }
        return builder.endVector();
      }
      static startChildrenVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
      }
      static addCustomMetadata(builder, customMetadataOffset) {
        builder.addFieldOffset(6, customMetadataOffset, 0);
      }
      static createCustomMetadataVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i2 = data.length - 1; i2 >= 0; i2--) {
          builder.addOffset(data[i2]);
        }
        return builder.endVector();
      }
      static startCustomMetadataVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
      }
      static endField(builder) {
        const offset = builder.endObject();
        return offset;
      }
    };
  }
});

// node_modules/apache-arrow/fb/schema.mjs
var flatbuffers30, Schema;
var init_schema = __esm({
  "node_modules/apache-arrow/fb/schema.mjs"() {
    flatbuffers30 = __toESM(require_flatbuffers(), 1);
    init_endianness();
    init_field();
    init_key_value();
    Schema = class _Schema {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsSchema(bb, obj) {
        return (obj || new _Schema()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsSchema(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers30.SIZE_PREFIX_LENGTH);
        return (obj || new _Schema()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      /**
       * endianness of the buffer
       * it is Little Endian by default
       * if endianness doesn't match the underlying system then the vectors need to be converted
       */
      endianness() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt16(this.bb_pos + offset) : Endianness.Little;
      }
      fields(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? (obj || new Field()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
      }
      fieldsLength() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      customMetadata(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? (obj || new KeyValue()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
      }
      customMetadataLength() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      /**
       * Features used in the stream/file.
       */
      features(index) {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
      }
      featuresLength() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      static startSchema(builder) {
        builder.startObject(4);
      }
      static addEndianness(builder, endianness) {
        builder.addFieldInt16(0, endianness, Endianness.Little);
      }
      static addFields(builder, fieldsOffset) {
        builder.addFieldOffset(1, fieldsOffset, 0);
      }
      static createFieldsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i2 = data.length - 1; i2 >= 0; i2--) {
          builder.addOffset(data[i2]);
        }
        return builder.endVector();
      }
      static startFieldsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
      }
      static addCustomMetadata(builder, customMetadataOffset) {
        builder.addFieldOffset(2, customMetadataOffset, 0);
      }
      static createCustomMetadataVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i2 = data.length - 1; i2 >= 0; i2--) {
          builder.addOffset(data[i2]);
        }
        return builder.endVector();
      }
      static startCustomMetadataVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
      }
      static addFeatures(builder, featuresOffset) {
        builder.addFieldOffset(3, featuresOffset, 0);
      }
      static createFeaturesVector(builder, data) {
        builder.startVector(8, data.length, 8);
        for (let i2 = data.length - 1; i2 >= 0; i2--) {
          builder.addInt64(data[i2]);
        }
        return builder.endVector();
      }
      static startFeaturesVector(builder, numElems) {
        builder.startVector(8, numElems, 8);
      }
      static endSchema(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static createSchema(builder, endianness, fieldsOffset, customMetadataOffset, featuresOffset) {
        _Schema.startSchema(builder);
        _Schema.addEndianness(builder, endianness);
        _Schema.addFields(builder, fieldsOffset);
        _Schema.addCustomMetadata(builder, customMetadataOffset);
        _Schema.addFeatures(builder, featuresOffset);
        return _Schema.endSchema(builder);
      }
    };
  }
});

// node_modules/apache-arrow/fb/message-header.mjs
var MessageHeader;
var init_message_header = __esm({
  "node_modules/apache-arrow/fb/message-header.mjs"() {
    (function(MessageHeader2) {
      MessageHeader2[MessageHeader2["NONE"] = 0] = "NONE";
      MessageHeader2[MessageHeader2["Schema"] = 1] = "Schema";
      MessageHeader2[MessageHeader2["DictionaryBatch"] = 2] = "DictionaryBatch";
      MessageHeader2[MessageHeader2["RecordBatch"] = 3] = "RecordBatch";
      MessageHeader2[MessageHeader2["Tensor"] = 4] = "Tensor";
      MessageHeader2[MessageHeader2["SparseTensor"] = 5] = "SparseTensor";
    })(MessageHeader || (MessageHeader = {}));
  }
});

// node_modules/apache-arrow/enum.mjs
var Type2, BufferType;
var init_enum = __esm({
  "node_modules/apache-arrow/enum.mjs"() {
    init_metadata_version();
    init_union_mode();
    init_precision();
    init_date_unit();
    init_time_unit();
    init_interval_unit();
    init_message_header();
    (function(Type3) {
      Type3[Type3["NONE"] = 0] = "NONE";
      Type3[Type3["Null"] = 1] = "Null";
      Type3[Type3["Int"] = 2] = "Int";
      Type3[Type3["Float"] = 3] = "Float";
      Type3[Type3["Binary"] = 4] = "Binary";
      Type3[Type3["Utf8"] = 5] = "Utf8";
      Type3[Type3["Bool"] = 6] = "Bool";
      Type3[Type3["Decimal"] = 7] = "Decimal";
      Type3[Type3["Date"] = 8] = "Date";
      Type3[Type3["Time"] = 9] = "Time";
      Type3[Type3["Timestamp"] = 10] = "Timestamp";
      Type3[Type3["Interval"] = 11] = "Interval";
      Type3[Type3["List"] = 12] = "List";
      Type3[Type3["Struct"] = 13] = "Struct";
      Type3[Type3["Union"] = 14] = "Union";
      Type3[Type3["FixedSizeBinary"] = 15] = "FixedSizeBinary";
      Type3[Type3["FixedSizeList"] = 16] = "FixedSizeList";
      Type3[Type3["Map"] = 17] = "Map";
      Type3[Type3["Duration"] = 18] = "Duration";
      Type3[Type3["LargeBinary"] = 19] = "LargeBinary";
      Type3[Type3["LargeUtf8"] = 20] = "LargeUtf8";
      Type3[Type3["LargeList"] = 21] = "LargeList";
      Type3[Type3["BinaryView"] = 23] = "BinaryView";
      Type3[Type3["Utf8View"] = 24] = "Utf8View";
      Type3[Type3["Dictionary"] = -1] = "Dictionary";
      Type3[Type3["Int8"] = -2] = "Int8";
      Type3[Type3["Int16"] = -3] = "Int16";
      Type3[Type3["Int32"] = -4] = "Int32";
      Type3[Type3["Int64"] = -5] = "Int64";
      Type3[Type3["Uint8"] = -6] = "Uint8";
      Type3[Type3["Uint16"] = -7] = "Uint16";
      Type3[Type3["Uint32"] = -8] = "Uint32";
      Type3[Type3["Uint64"] = -9] = "Uint64";
      Type3[Type3["Float16"] = -10] = "Float16";
      Type3[Type3["Float32"] = -11] = "Float32";
      Type3[Type3["Float64"] = -12] = "Float64";
      Type3[Type3["DateDay"] = -13] = "DateDay";
      Type3[Type3["DateMillisecond"] = -14] = "DateMillisecond";
      Type3[Type3["TimestampSecond"] = -15] = "TimestampSecond";
      Type3[Type3["TimestampMillisecond"] = -16] = "TimestampMillisecond";
      Type3[Type3["TimestampMicrosecond"] = -17] = "TimestampMicrosecond";
      Type3[Type3["TimestampNanosecond"] = -18] = "TimestampNanosecond";
      Type3[Type3["TimeSecond"] = -19] = "TimeSecond";
      Type3[Type3["TimeMillisecond"] = -20] = "TimeMillisecond";
      Type3[Type3["TimeMicrosecond"] = -21] = "TimeMicrosecond";
      Type3[Type3["TimeNanosecond"] = -22] = "TimeNanosecond";
      Type3[Type3["DenseUnion"] = -23] = "DenseUnion";
      Type3[Type3["SparseUnion"] = -24] = "SparseUnion";
      Type3[Type3["IntervalDayTime"] = -25] = "IntervalDayTime";
      Type3[Type3["IntervalYearMonth"] = -26] = "IntervalYearMonth";
      Type3[Type3["DurationSecond"] = -27] = "DurationSecond";
      Type3[Type3["DurationMillisecond"] = -28] = "DurationMillisecond";
      Type3[Type3["DurationMicrosecond"] = -29] = "DurationMicrosecond";
      Type3[Type3["DurationNanosecond"] = -30] = "DurationNanosecond";
      Type3[Type3["IntervalMonthDayNano"] = -31] = "IntervalMonthDayNano";
    })(Type2 || (Type2 = {}));
    (function(BufferType2) {
      BufferType2[BufferType2["OFFSET"] = 0] = "OFFSET";
      BufferType2[BufferType2["DATA"] = 1] = "DATA";
      BufferType2[BufferType2["VALIDITY"] = 2] = "VALIDITY";
      BufferType2[BufferType2["TYPE"] = 3] = "TYPE";
    })(BufferType || (BufferType = {}));
  }
});

// node_modules/apache-arrow/util/pretty.mjs
var pretty_exports = {};
__export(pretty_exports, {
  valueToString: () => valueToString
});
function valueToString(x) {
  if (x === null) {
    return "null";
  }
  if (x === undf) {
    return "undefined";
  }
  switch (typeof x) {
    case "number":
      return `${x}`;
    case "bigint":
      return `${x}`;
    case "string":
      return `"${x}"`;
  }
  if (typeof x[Symbol.toPrimitive] === "function") {
    return x[Symbol.toPrimitive]("string");
  }
  if (ArrayBuffer.isView(x)) {
    if (x instanceof BigInt64Array || x instanceof BigUint64Array) {
      return `[${[...x].map((x2) => valueToString(x2))}]`;
    }
    return `[${x}]`;
  }
  return ArrayBuffer.isView(x) ? `[${x}]` : JSON.stringify(x, (_, y) => typeof y === "bigint" ? `${y}` : y);
}
var undf;
var init_pretty = __esm({
  "node_modules/apache-arrow/util/pretty.mjs"() {
    undf = void 0;
  }
});

// node_modules/apache-arrow/util/bigint.mjs
function bigIntToNumber(number) {
  if (typeof number === "bigint" && (number < Number.MIN_SAFE_INTEGER || number > Number.MAX_SAFE_INTEGER)) {
    throw new TypeError(`${number} is not safe to convert to a number.`);
  }
  return Number(number);
}
function divideBigInts(number, divisor) {
  return bigIntToNumber(number / divisor) + bigIntToNumber(number % divisor) / bigIntToNumber(divisor);
}
var init_bigint = __esm({
  "node_modules/apache-arrow/util/bigint.mjs"() {
  }
});

// node_modules/apache-arrow/util/bn.mjs
var bn_exports = {};
__export(bn_exports, {
  BN: () => BN,
  bigNumToBigInt: () => bigNumToBigInt,
  bigNumToNumber: () => bigNumToNumber,
  bigNumToString: () => bigNumToString,
  isArrowBigNumSymbol: () => isArrowBigNumSymbol
});
function BigNum(x, ...xs) {
  if (xs.length === 0) {
    return Object.setPrototypeOf(toArrayBufferView(this["TypedArray"], x), this.constructor.prototype);
  }
  return Object.setPrototypeOf(new this["TypedArray"](x, ...xs), this.constructor.prototype);
}
function SignedBigNum(...args2) {
  return BigNum.apply(this, args2);
}
function UnsignedBigNum(...args2) {
  return BigNum.apply(this, args2);
}
function DecimalBigNum(...args2) {
  return BigNum.apply(this, args2);
}
function bigNumToNumber(bn, scale) {
  const { buffer, byteOffset, byteLength, "signed": signed } = bn;
  const words = new BigUint64Array(buffer, byteOffset, byteLength / 8);
  const negative = signed && words.at(-1) & BigInt(1) << BigInt(63);
  let number = BigInt(0);
  let i2 = 0;
  if (negative) {
    for (const word of words) {
      number |= (word ^ TWO_TO_THE_64_MINUS_1) * (BigInt(1) << BigInt(64 * i2++));
    }
    number *= BigInt(-1);
    number -= BigInt(1);
  } else {
    for (const word of words) {
      number |= word * (BigInt(1) << BigInt(64 * i2++));
    }
  }
  if (typeof scale === "number" && scale > 0) {
    const denominator = BigInt("1".padEnd(scale + 1, "0"));
    const quotient = number / denominator;
    const remainder = negative ? -(number % denominator) : number % denominator;
    const integerPart = bigIntToNumber(quotient);
    const fractionPart = `${remainder}`.padStart(scale, "0");
    const sign = negative && integerPart === 0 ? "-" : "";
    return +`${sign}${integerPart}.${fractionPart}`;
  }
  return bigIntToNumber(number);
}
function bigNumToString(a) {
  if (a.byteLength === 8) {
    const bigIntArray = new a["BigIntArray"](a.buffer, a.byteOffset, 1);
    return `${bigIntArray[0]}`;
  }
  if (!a["signed"]) {
    return unsignedBigNumToString(a);
  }
  let array = new Uint16Array(a.buffer, a.byteOffset, a.byteLength / 2);
  const highOrderWord = new Int16Array([array.at(-1)])[0];
  if (highOrderWord >= 0) {
    return unsignedBigNumToString(a);
  }
  array = array.slice();
  let carry = 1;
  for (let i2 = 0; i2 < array.length; i2++) {
    const elem = array[i2];
    const updated = ~elem + carry;
    array[i2] = updated;
    carry &= elem === 0 ? 1 : 0;
  }
  const negated = unsignedBigNumToString(array);
  return `-${negated}`;
}
function bigNumToBigInt(a) {
  if (a.byteLength === 8) {
    const bigIntArray = new a["BigIntArray"](a.buffer, a.byteOffset, 1);
    return bigIntArray[0];
  } else {
    return bigNumToString(a);
  }
}
function unsignedBigNumToString(a) {
  let digits = "";
  const base64 = new Uint32Array(2);
  let base32 = new Uint16Array(a.buffer, a.byteOffset, a.byteLength / 2);
  const checks = new Uint32Array((base32 = new Uint16Array(base32).reverse()).buffer);
  let i2 = -1;
  const n = base32.length - 1;
  do {
    for (base64[0] = base32[i2 = 0]; i2 < n; ) {
      base32[i2++] = base64[1] = base64[0] / 10;
      base64[0] = (base64[0] - base64[1] * 10 << 16) + base32[i2];
    }
    base32[i2] = base64[1] = base64[0] / 10;
    base64[0] = base64[0] - base64[1] * 10;
    digits = `${base64[0]}${digits}`;
  } while (checks[0] || checks[1] || checks[2] || checks[3]);
  return digits !== null && digits !== void 0 ? digits : `0`;
}
var isArrowBigNumSymbol, TWO_TO_THE_64, TWO_TO_THE_64_MINUS_1, BN;
var init_bn = __esm({
  "node_modules/apache-arrow/util/bn.mjs"() {
    init_buffer();
    init_bigint();
    isArrowBigNumSymbol = /* @__PURE__ */ Symbol.for("isArrowBigNum");
    BigNum.prototype[isArrowBigNumSymbol] = true;
    BigNum.prototype.toJSON = function() {
      return `"${bigNumToString(this)}"`;
    };
    BigNum.prototype.valueOf = function(scale) {
      return bigNumToNumber(this, scale);
    };
    BigNum.prototype.toString = function() {
      return bigNumToString(this);
    };
    BigNum.prototype[Symbol.toPrimitive] = function(hint = "default") {
      switch (hint) {
        case "number":
          return bigNumToNumber(this);
        case "string":
          return bigNumToString(this);
        case "default":
          return bigNumToBigInt(this);
      }
      return bigNumToString(this);
    };
    Object.setPrototypeOf(SignedBigNum.prototype, Object.create(Int32Array.prototype));
    Object.setPrototypeOf(UnsignedBigNum.prototype, Object.create(Uint32Array.prototype));
    Object.setPrototypeOf(DecimalBigNum.prototype, Object.create(Uint32Array.prototype));
    Object.assign(SignedBigNum.prototype, BigNum.prototype, { "constructor": SignedBigNum, "signed": true, "TypedArray": Int32Array, "BigIntArray": BigInt64Array });
    Object.assign(UnsignedBigNum.prototype, BigNum.prototype, { "constructor": UnsignedBigNum, "signed": false, "TypedArray": Uint32Array, "BigIntArray": BigUint64Array });
    Object.assign(DecimalBigNum.prototype, BigNum.prototype, { "constructor": DecimalBigNum, "signed": true, "TypedArray": Uint32Array, "BigIntArray": BigUint64Array });
    TWO_TO_THE_64 = BigInt(4294967296) * BigInt(4294967296);
    TWO_TO_THE_64_MINUS_1 = TWO_TO_THE_64 - BigInt(1);
    BN = class _BN {
      /** @nocollapse */
      static new(num, isSigned) {
        switch (isSigned) {
          case true:
            return new SignedBigNum(num);
          case false:
            return new UnsignedBigNum(num);
        }
        switch (num.constructor) {
          case Int8Array:
          case Int16Array:
          case Int32Array:
          case BigInt64Array:
            return new SignedBigNum(num);
        }
        if (num.byteLength === 16) {
          return new DecimalBigNum(num);
        }
        return new UnsignedBigNum(num);
      }
      /** @nocollapse */
      static signed(num) {
        return new SignedBigNum(num);
      }
      /** @nocollapse */
      static unsigned(num) {
        return new UnsignedBigNum(num);
      }
      /** @nocollapse */
      static decimal(num) {
        return new DecimalBigNum(num);
      }
      constructor(num, isSigned) {
        return _BN.new(num, isSigned);
      }
    };
  }
});

// node_modules/apache-arrow/type.mjs
function strideForType(type) {
  const t = type;
  switch (type.typeId) {
    case Type2.Decimal:
      return type.bitWidth / 32;
    case Type2.Interval: {
      if (t.unit === IntervalUnit.MONTH_DAY_NANO) {
        return 4;
      }
      return 1 + t.unit;
    }
    // case Type.Int: return 1 + +((t as Int_).bitWidth > 32);
    // case Type.Time: return 1 + +((t as Time_).bitWidth > 32);
    case Type2.BinaryView:
    case Type2.Utf8View:
      return 16;
    case Type2.FixedSizeList:
      return t.listSize;
    case Type2.FixedSizeBinary:
      return t.byteWidth;
    default:
      return 1;
  }
}
var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0, kDataTypeSymbol, DataType, Null2, Int_, Int8, Int16, Int32, Int64, Uint8, Uint16, Uint32, Uint64, Float, Float16, Float32, Float64, Binary2, BinaryView2, LargeBinary2, Utf82, Utf8View2, LargeUtf82, Bool2, Decimal2, Date_, DateDay, DateMillisecond, Time_, TimeSecond, TimeMillisecond, TimeMicrosecond, TimeNanosecond, Timestamp_, TimestampSecond, TimestampMillisecond, TimestampMicrosecond, TimestampNanosecond, Interval_, IntervalDayTime, IntervalYearMonth, IntervalMonthDayNano, Duration2, DurationSecond, DurationMillisecond, DurationMicrosecond, DurationNanosecond, List2, LargeList2, Struct, Union_, DenseUnion, SparseUnion, FixedSizeBinary2, FixedSizeList2, Map_, getId, Dictionary;
var init_type2 = __esm({
  "node_modules/apache-arrow/type.mjs"() {
    init_bigint();
    init_enum();
    kDataTypeSymbol = /* @__PURE__ */ Symbol.for("apache-arrow/DataType");
    DataType = class _DataType {
      /**
       * Check if an object is an instance of DataType.
       * This works across different instances of the Arrow library.
       *
       * Note: We intentionally do NOT implement Symbol.hasInstance here because
       * it would break instanceof checks for subclasses like Struct, Dictionary, etc.
       * Use DataType.isDataType() for cross-library type checking instead.
       * @nocollapse
       */
      static isDataType(x) {
        return (x === null || x === void 0 ? void 0 : x[kDataTypeSymbol]) === true;
      }
      /** @nocollapse */
      static isNull(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Null;
      }
      /** @nocollapse */
      static isInt(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Int;
      }
      /** @nocollapse */
      static isFloat(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Float;
      }
      /** @nocollapse */
      static isBinary(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Binary;
      }
      /** @nocollapse */
      static isBinaryView(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.BinaryView;
      }
      /** @nocollapse */
      static isLargeBinary(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.LargeBinary;
      }
      /** @nocollapse */
      static isUtf8(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Utf8;
      }
      /** @nocollapse */
      static isUtf8View(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Utf8View;
      }
      /** @nocollapse */
      static isLargeUtf8(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.LargeUtf8;
      }
      /** @nocollapse */
      static isBool(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Bool;
      }
      /** @nocollapse */
      static isDecimal(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Decimal;
      }
      /** @nocollapse */
      static isDate(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Date;
      }
      /** @nocollapse */
      static isTime(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Time;
      }
      /** @nocollapse */
      static isTimestamp(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Timestamp;
      }
      /** @nocollapse */
      static isInterval(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Interval;
      }
      /** @nocollapse */
      static isDuration(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Duration;
      }
      /** @nocollapse */
      static isList(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.List;
      }
      /** @nocollapse */
      static isLargeList(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.LargeList;
      }
      // TODO: Implement ListView type
      //     /** @nocollapse */ static isListView(x: any): x is ListView { return x?.typeId === Type.ListView; }
      /** @nocollapse */
      static isStruct(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Struct;
      }
      /** @nocollapse */
      static isUnion(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Union;
      }
      /** @nocollapse */
      static isFixedSizeBinary(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.FixedSizeBinary;
      }
      /** @nocollapse */
      static isFixedSizeList(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.FixedSizeList;
      }
      /** @nocollapse */
      static isMap(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Map;
      }
      /** @nocollapse */
      static isDictionary(x) {
        return (x === null || x === void 0 ? void 0 : x.typeId) === Type2.Dictionary;
      }
      /** @nocollapse */
      static isDenseUnion(x) {
        return _DataType.isUnion(x) && x.mode === UnionMode.Dense;
      }
      /** @nocollapse */
      static isSparseUnion(x) {
        return _DataType.isUnion(x) && x.mode === UnionMode.Sparse;
      }
      constructor(typeId) {
        this.typeId = typeId;
      }
    };
    _a = Symbol.toStringTag;
    DataType[_a] = ((proto) => {
      proto.children = null;
      proto.ArrayType = Array;
      proto.OffsetArrayType = Int32Array;
      proto[kDataTypeSymbol] = true;
      return proto[Symbol.toStringTag] = "DataType";
    })(DataType.prototype);
    Null2 = class extends DataType {
      constructor() {
        super(Type2.Null);
      }
      toString() {
        return `Null`;
      }
    };
    _b = Symbol.toStringTag;
    Null2[_b] = ((proto) => proto[Symbol.toStringTag] = "Null")(Null2.prototype);
    Int_ = class extends DataType {
      constructor(isSigned, bitWidth) {
        super(Type2.Int);
        this.isSigned = isSigned;
        this.bitWidth = bitWidth;
      }
      get ArrayType() {
        switch (this.bitWidth) {
          case 8:
            return this.isSigned ? Int8Array : Uint8Array;
          case 16:
            return this.isSigned ? Int16Array : Uint16Array;
          case 32:
            return this.isSigned ? Int32Array : Uint32Array;
          case 64:
            return this.isSigned ? BigInt64Array : BigUint64Array;
        }
        throw new Error(`Unrecognized ${this[Symbol.toStringTag]} type`);
      }
      toString() {
        return `${this.isSigned ? `I` : `Ui`}nt${this.bitWidth}`;
      }
    };
    _c = Symbol.toStringTag;
    Int_[_c] = ((proto) => {
      proto.isSigned = null;
      proto.bitWidth = null;
      return proto[Symbol.toStringTag] = "Int";
    })(Int_.prototype);
    Int8 = class extends Int_ {
      constructor() {
        super(true, 8);
      }
      get ArrayType() {
        return Int8Array;
      }
    };
    Int16 = class extends Int_ {
      constructor() {
        super(true, 16);
      }
      get ArrayType() {
        return Int16Array;
      }
    };
    Int32 = class extends Int_ {
      constructor() {
        super(true, 32);
      }
      get ArrayType() {
        return Int32Array;
      }
    };
    Int64 = class extends Int_ {
      constructor() {
        super(true, 64);
      }
      get ArrayType() {
        return BigInt64Array;
      }
    };
    Uint8 = class extends Int_ {
      constructor() {
        super(false, 8);
      }
      get ArrayType() {
        return Uint8Array;
      }
    };
    Uint16 = class extends Int_ {
      constructor() {
        super(false, 16);
      }
      get ArrayType() {
        return Uint16Array;
      }
    };
    Uint32 = class extends Int_ {
      constructor() {
        super(false, 32);
      }
      get ArrayType() {
        return Uint32Array;
      }
    };
    Uint64 = class extends Int_ {
      constructor() {
        super(false, 64);
      }
      get ArrayType() {
        return BigUint64Array;
      }
    };
    Object.defineProperty(Int8.prototype, "ArrayType", { value: Int8Array });
    Object.defineProperty(Int16.prototype, "ArrayType", { value: Int16Array });
    Object.defineProperty(Int32.prototype, "ArrayType", { value: Int32Array });
    Object.defineProperty(Int64.prototype, "ArrayType", { value: BigInt64Array });
    Object.defineProperty(Uint8.prototype, "ArrayType", { value: Uint8Array });
    Object.defineProperty(Uint16.prototype, "ArrayType", { value: Uint16Array });
    Object.defineProperty(Uint32.prototype, "ArrayType", { value: Uint32Array });
    Object.defineProperty(Uint64.prototype, "ArrayType", { value: BigUint64Array });
    Float = class extends DataType {
      constructor(precision) {
        super(Type2.Float);
        this.precision = precision;
      }
      get ArrayType() {
        switch (this.precision) {
          case Precision.HALF:
            return Uint16Array;
          case Precision.SINGLE:
            return Float32Array;
          case Precision.DOUBLE:
            return Float64Array;
        }
        throw new Error(`Unrecognized ${this[Symbol.toStringTag]} type`);
      }
      toString() {
        return `Float${this.precision << 5 || 16}`;
      }
    };
    _d = Symbol.toStringTag;
    Float[_d] = ((proto) => {
      proto.precision = null;
      return proto[Symbol.toStringTag] = "Float";
    })(Float.prototype);
    Float16 = class extends Float {
      constructor() {
        super(Precision.HALF);
      }
    };
    Float32 = class extends Float {
      constructor() {
        super(Precision.SINGLE);
      }
    };
    Float64 = class extends Float {
      constructor() {
        super(Precision.DOUBLE);
      }
    };
    Object.defineProperty(Float16.prototype, "ArrayType", { value: Uint16Array });
    Object.defineProperty(Float32.prototype, "ArrayType", { value: Float32Array });
    Object.defineProperty(Float64.prototype, "ArrayType", { value: Float64Array });
    Binary2 = class extends DataType {
      constructor() {
        super(Type2.Binary);
      }
      toString() {
        return `Binary`;
      }
    };
    _e = Symbol.toStringTag;
    Binary2[_e] = ((proto) => {
      proto.ArrayType = Uint8Array;
      return proto[Symbol.toStringTag] = "Binary";
    })(Binary2.prototype);
    BinaryView2 = class extends DataType {
      constructor() {
        super(Type2.BinaryView);
      }
      toString() {
        return `BinaryView`;
      }
    };
    _f = Symbol.toStringTag;
    BinaryView2.ELEMENT_WIDTH = 16;
    BinaryView2.INLINE_CAPACITY = 12;
    BinaryView2.LENGTH_OFFSET = 0;
    BinaryView2.INLINE_OFFSET = 4;
    BinaryView2.BUFFER_INDEX_OFFSET = 8;
    BinaryView2.BUFFER_OFFSET_OFFSET = 12;
    BinaryView2[_f] = ((proto) => {
      proto.ArrayType = Uint8Array;
      return proto[Symbol.toStringTag] = "BinaryView";
    })(BinaryView2.prototype);
    LargeBinary2 = class extends DataType {
      constructor() {
        super(Type2.LargeBinary);
      }
      toString() {
        return `LargeBinary`;
      }
    };
    _g = Symbol.toStringTag;
    LargeBinary2[_g] = ((proto) => {
      proto.ArrayType = Uint8Array;
      proto.OffsetArrayType = BigInt64Array;
      return proto[Symbol.toStringTag] = "LargeBinary";
    })(LargeBinary2.prototype);
    Utf82 = class extends DataType {
      constructor() {
        super(Type2.Utf8);
      }
      toString() {
        return `Utf8`;
      }
    };
    _h = Symbol.toStringTag;
    Utf82[_h] = ((proto) => {
      proto.ArrayType = Uint8Array;
      return proto[Symbol.toStringTag] = "Utf8";
    })(Utf82.prototype);
    Utf8View2 = class extends DataType {
      constructor() {
        super(Type2.Utf8View);
      }
      toString() {
        return `Utf8View`;
      }
    };
    _j = Symbol.toStringTag;
    Utf8View2.ELEMENT_WIDTH = BinaryView2.ELEMENT_WIDTH;
    Utf8View2.INLINE_CAPACITY = BinaryView2.INLINE_CAPACITY;
    Utf8View2[_j] = ((proto) => {
      proto.ArrayType = Uint8Array;
      return proto[Symbol.toStringTag] = "Utf8View";
    })(Utf8View2.prototype);
    LargeUtf82 = class extends DataType {
      constructor() {
        super(Type2.LargeUtf8);
      }
      toString() {
        return `LargeUtf8`;
      }
    };
    _k = Symbol.toStringTag;
    LargeUtf82[_k] = ((proto) => {
      proto.ArrayType = Uint8Array;
      proto.OffsetArrayType = BigInt64Array;
      return proto[Symbol.toStringTag] = "LargeUtf8";
    })(LargeUtf82.prototype);
    Bool2 = class extends DataType {
      constructor() {
        super(Type2.Bool);
      }
      toString() {
        return `Bool`;
      }
    };
    _l = Symbol.toStringTag;
    Bool2[_l] = ((proto) => {
      proto.ArrayType = Uint8Array;
      return proto[Symbol.toStringTag] = "Bool";
    })(Bool2.prototype);
    Decimal2 = class extends DataType {
      constructor(scale, precision, bitWidth = 128) {
        super(Type2.Decimal);
        this.scale = scale;
        this.precision = precision;
        this.bitWidth = bitWidth;
      }
      toString() {
        return `Decimal[${this.precision}e${this.scale > 0 ? `+` : ``}${this.scale}]`;
      }
    };
    _m = Symbol.toStringTag;
    Decimal2[_m] = ((proto) => {
      proto.scale = null;
      proto.precision = null;
      proto.ArrayType = Uint32Array;
      return proto[Symbol.toStringTag] = "Decimal";
    })(Decimal2.prototype);
    Date_ = class extends DataType {
      constructor(unit) {
        super(Type2.Date);
        this.unit = unit;
      }
      toString() {
        return `Date${(this.unit + 1) * 32}<${DateUnit[this.unit]}>`;
      }
      get ArrayType() {
        return this.unit === DateUnit.DAY ? Int32Array : BigInt64Array;
      }
    };
    _o = Symbol.toStringTag;
    Date_[_o] = ((proto) => {
      proto.unit = null;
      return proto[Symbol.toStringTag] = "Date";
    })(Date_.prototype);
    DateDay = class extends Date_ {
      constructor() {
        super(DateUnit.DAY);
      }
    };
    DateMillisecond = class extends Date_ {
      constructor() {
        super(DateUnit.MILLISECOND);
      }
    };
    Time_ = class extends DataType {
      constructor(unit, bitWidth) {
        super(Type2.Time);
        this.unit = unit;
        this.bitWidth = bitWidth;
      }
      toString() {
        return `Time${this.bitWidth}<${TimeUnit[this.unit]}>`;
      }
      get ArrayType() {
        switch (this.bitWidth) {
          case 32:
            return Int32Array;
          case 64:
            return BigInt64Array;
        }
        throw new Error(`Unrecognized ${this[Symbol.toStringTag]} type`);
      }
    };
    _p = Symbol.toStringTag;
    Time_[_p] = ((proto) => {
      proto.unit = null;
      proto.bitWidth = null;
      return proto[Symbol.toStringTag] = "Time";
    })(Time_.prototype);
    TimeSecond = class extends Time_ {
      constructor() {
        super(TimeUnit.SECOND, 32);
      }
    };
    TimeMillisecond = class extends Time_ {
      constructor() {
        super(TimeUnit.MILLISECOND, 32);
      }
    };
    TimeMicrosecond = class extends Time_ {
      constructor() {
        super(TimeUnit.MICROSECOND, 64);
      }
    };
    TimeNanosecond = class extends Time_ {
      constructor() {
        super(TimeUnit.NANOSECOND, 64);
      }
    };
    Timestamp_ = class extends DataType {
      constructor(unit, timezone) {
        super(Type2.Timestamp);
        this.unit = unit;
        this.timezone = timezone;
      }
      toString() {
        return `Timestamp<${TimeUnit[this.unit]}${this.timezone ? `, ${this.timezone}` : ``}>`;
      }
    };
    _q = Symbol.toStringTag;
    Timestamp_[_q] = ((proto) => {
      proto.unit = null;
      proto.timezone = null;
      proto.ArrayType = BigInt64Array;
      return proto[Symbol.toStringTag] = "Timestamp";
    })(Timestamp_.prototype);
    TimestampSecond = class extends Timestamp_ {
      constructor(timezone) {
        super(TimeUnit.SECOND, timezone);
      }
    };
    TimestampMillisecond = class extends Timestamp_ {
      constructor(timezone) {
        super(TimeUnit.MILLISECOND, timezone);
      }
    };
    TimestampMicrosecond = class extends Timestamp_ {
      constructor(timezone) {
        super(TimeUnit.MICROSECOND, timezone);
      }
    };
    TimestampNanosecond = class extends Timestamp_ {
      constructor(timezone) {
        super(TimeUnit.NANOSECOND, timezone);
      }
    };
    Interval_ = class extends DataType {
      constructor(unit) {
        super(Type2.Interval);
        this.unit = unit;
      }
      toString() {
        return `Interval<${IntervalUnit[this.unit]}>`;
      }
    };
    _r = Symbol.toStringTag;
    Interval_[_r] = ((proto) => {
      proto.unit = null;
      proto.ArrayType = Int32Array;
      return proto[Symbol.toStringTag] = "Interval";
    })(Interval_.prototype);
    IntervalDayTime = class extends Interval_ {
      constructor() {
        super(IntervalUnit.DAY_TIME);
      }
    };
    IntervalYearMonth = class extends Interval_ {
      constructor() {
        super(IntervalUnit.YEAR_MONTH);
      }
    };
    IntervalMonthDayNano = class extends Interval_ {
      constructor() {
        super(IntervalUnit.MONTH_DAY_NANO);
      }
    };
    Duration2 = class extends DataType {
      constructor(unit) {
        super(Type2.Duration);
        this.unit = unit;
      }
      toString() {
        return `Duration<${TimeUnit[this.unit]}>`;
      }
    };
    _s = Symbol.toStringTag;
    Duration2[_s] = ((proto) => {
      proto.unit = null;
      proto.ArrayType = BigInt64Array;
      return proto[Symbol.toStringTag] = "Duration";
    })(Duration2.prototype);
    DurationSecond = class extends Duration2 {
      constructor() {
        super(TimeUnit.SECOND);
      }
    };
    DurationMillisecond = class extends Duration2 {
      constructor() {
        super(TimeUnit.MILLISECOND);
      }
    };
    DurationMicrosecond = class extends Duration2 {
      constructor() {
        super(TimeUnit.MICROSECOND);
      }
    };
    DurationNanosecond = class extends Duration2 {
      constructor() {
        super(TimeUnit.NANOSECOND);
      }
    };
    List2 = class extends DataType {
      constructor(child) {
        super(Type2.List);
        this.children = [child];
      }
      toString() {
        return `List<${this.valueType}>`;
      }
      get valueType() {
        return this.children[0].type;
      }
      get valueField() {
        return this.children[0];
      }
      get ArrayType() {
        return this.valueType.ArrayType;
      }
    };
    _t = Symbol.toStringTag;
    List2[_t] = ((proto) => {
      proto.children = null;
      return proto[Symbol.toStringTag] = "List";
    })(List2.prototype);
    LargeList2 = class extends DataType {
      constructor(child) {
        super(Type2.LargeList);
        this.children = [child];
      }
      toString() {
        return `LargeList<${this.valueType}>`;
      }
      get valueType() {
        return this.children[0].type;
      }
      get valueField() {
        return this.children[0];
      }
      get ArrayType() {
        return this.valueType.ArrayType;
      }
    };
    _u = Symbol.toStringTag;
    LargeList2[_u] = ((proto) => {
      proto.children = null;
      proto.OffsetArrayType = BigInt64Array;
      return proto[Symbol.toStringTag] = "LargeList";
    })(LargeList2.prototype);
    Struct = class extends DataType {
      constructor(children) {
        super(Type2.Struct);
        this.children = children;
      }
      toString() {
        return `Struct<{${this.children.map((f) => `${f.name}:${f.type}`).join(`, `)}}>`;
      }
    };
    _v = Symbol.toStringTag;
    Struct[_v] = ((proto) => {
      proto.children = null;
      return proto[Symbol.toStringTag] = "Struct";
    })(Struct.prototype);
    Union_ = class extends DataType {
      constructor(mode, typeIds, children) {
        super(Type2.Union);
        this.mode = mode;
        this.children = children;
        this.typeIds = typeIds = Int32Array.from(typeIds);
        this.typeIdToChildIndex = typeIds.reduce((typeIdToChildIndex, typeId, idx) => (typeIdToChildIndex[typeId] = idx) && typeIdToChildIndex || typeIdToChildIndex, /* @__PURE__ */ Object.create(null));
      }
      toString() {
        return `${this[Symbol.toStringTag]}<${this.children.map((x) => `${x.type}`).join(` | `)}>`;
      }
    };
    _w = Symbol.toStringTag;
    Union_[_w] = ((proto) => {
      proto.mode = null;
      proto.typeIds = null;
      proto.children = null;
      proto.typeIdToChildIndex = null;
      proto.ArrayType = Int8Array;
      return proto[Symbol.toStringTag] = "Union";
    })(Union_.prototype);
    DenseUnion = class extends Union_ {
      constructor(typeIds, children) {
        super(UnionMode.Dense, typeIds, children);
      }
    };
    SparseUnion = class extends Union_ {
      constructor(typeIds, children) {
        super(UnionMode.Sparse, typeIds, children);
      }
    };
    FixedSizeBinary2 = class extends DataType {
      constructor(byteWidth) {
        super(Type2.FixedSizeBinary);
        this.byteWidth = byteWidth;
      }
      toString() {
        return `FixedSizeBinary[${this.byteWidth}]`;
      }
    };
    _x = Symbol.toStringTag;
    FixedSizeBinary2[_x] = ((proto) => {
      proto.byteWidth = null;
      proto.ArrayType = Uint8Array;
      return proto[Symbol.toStringTag] = "FixedSizeBinary";
    })(FixedSizeBinary2.prototype);
    FixedSizeList2 = class extends DataType {
      constructor(listSize, child) {
        super(Type2.FixedSizeList);
        this.listSize = listSize;
        this.children = [child];
      }
      get valueType() {
        return this.children[0].type;
      }
      get valueField() {
        return this.children[0];
      }
      get ArrayType() {
        return this.valueType.ArrayType;
      }
      toString() {
        return `FixedSizeList[${this.listSize}]<${this.valueType}>`;
      }
    };
    _y = Symbol.toStringTag;
    FixedSizeList2[_y] = ((proto) => {
      proto.children = null;
      proto.listSize = null;
      return proto[Symbol.toStringTag] = "FixedSizeList";
    })(FixedSizeList2.prototype);
    Map_ = class extends DataType {
      constructor(entries, keysSorted = false) {
        var _1, _2, _3;
        super(Type2.Map);
        this.children = [entries];
        this.keysSorted = keysSorted;
        if (entries) {
          entries["name"] = "entries";
          if ((_1 = entries === null || entries === void 0 ? void 0 : entries.type) === null || _1 === void 0 ? void 0 : _1.children) {
            const key = (_2 = entries === null || entries === void 0 ? void 0 : entries.type) === null || _2 === void 0 ? void 0 : _2.children[0];
            if (key) {
              key["name"] = "key";
            }
            const val = (_3 = entries === null || entries === void 0 ? void 0 : entries.type) === null || _3 === void 0 ? void 0 : _3.children[1];
            if (val) {
              val["name"] = "value";
            }
          }
        }
      }
      get keyType() {
        return this.children[0].type.children[0].type;
      }
      get valueType() {
        return this.children[0].type.children[1].type;
      }
      get childType() {
        return this.children[0].type;
      }
      toString() {
        return `Map<{${this.children[0].type.children.map((f) => `${f.name}:${f.type}`).join(`, `)}}>`;
      }
    };
    _z = Symbol.toStringTag;
    Map_[_z] = ((proto) => {
      proto.children = null;
      proto.keysSorted = null;
      return proto[Symbol.toStringTag] = "Map_";
    })(Map_.prototype);
    getId = /* @__PURE__ */ ((atomicDictionaryId) => () => ++atomicDictionaryId)(-1);
    Dictionary = class extends DataType {
      constructor(dictionary, indices, id, isOrdered) {
        super(Type2.Dictionary);
        this.indices = indices;
        this.dictionary = dictionary;
        this.isOrdered = isOrdered || false;
        this.id = id == null ? getId() : bigIntToNumber(id);
      }
      get children() {
        return this.dictionary.children;
      }
      get valueType() {
        return this.dictionary;
      }
      get ArrayType() {
        return this.dictionary.ArrayType;
      }
      toString() {
        return `Dictionary<${this.indices}, ${this.dictionary}>`;
      }
    };
    _0 = Symbol.toStringTag;
    Dictionary[_0] = ((proto) => {
      proto.id = null;
      proto.indices = null;
      proto.isOrdered = null;
      proto.dictionary = null;
      return proto[Symbol.toStringTag] = "Dictionary";
    })(Dictionary.prototype);
  }
});

// node_modules/apache-arrow/visitor.mjs
function getVisitFn(visitor, node, throwIfNotFound = true) {
  if (typeof node === "number") {
    return getVisitFnByTypeId(visitor, node, throwIfNotFound);
  }
  if (typeof node === "string" && node in Type2) {
    return getVisitFnByTypeId(visitor, Type2[node], throwIfNotFound);
  }
  if (node && node instanceof DataType) {
    return getVisitFnByTypeId(visitor, inferDType(node), throwIfNotFound);
  }
  if ((node === null || node === void 0 ? void 0 : node.type) && node.type instanceof DataType) {
    return getVisitFnByTypeId(visitor, inferDType(node.type), throwIfNotFound);
  }
  return getVisitFnByTypeId(visitor, Type2.NONE, throwIfNotFound);
}
function getVisitFnByTypeId(visitor, dtype, throwIfNotFound = true) {
  let fn = null;
  switch (dtype) {
    case Type2.Null:
      fn = visitor.visitNull;
      break;
    case Type2.Bool:
      fn = visitor.visitBool;
      break;
    case Type2.Int:
      fn = visitor.visitInt;
      break;
    case Type2.Int8:
      fn = visitor.visitInt8 || visitor.visitInt;
      break;
    case Type2.Int16:
      fn = visitor.visitInt16 || visitor.visitInt;
      break;
    case Type2.Int32:
      fn = visitor.visitInt32 || visitor.visitInt;
      break;
    case Type2.Int64:
      fn = visitor.visitInt64 || visitor.visitInt;
      break;
    case Type2.Uint8:
      fn = visitor.visitUint8 || visitor.visitInt;
      break;
    case Type2.Uint16:
      fn = visitor.visitUint16 || visitor.visitInt;
      break;
    case Type2.Uint32:
      fn = visitor.visitUint32 || visitor.visitInt;
      break;
    case Type2.Uint64:
      fn = visitor.visitUint64 || visitor.visitInt;
      break;
    case Type2.Float:
      fn = visitor.visitFloat;
      break;
    case Type2.Float16:
      fn = visitor.visitFloat16 || visitor.visitFloat;
      break;
    case Type2.Float32:
      fn = visitor.visitFloat32 || visitor.visitFloat;
      break;
    case Type2.Float64:
      fn = visitor.visitFloat64 || visitor.visitFloat;
      break;
    case Type2.Utf8:
      fn = visitor.visitUtf8;
      break;
    case Type2.LargeUtf8:
      fn = visitor.visitLargeUtf8;
      break;
    case Type2.Utf8View:
      fn = visitor.visitUtf8View || visitor.visitUtf8;
      break;
    case Type2.Binary:
      fn = visitor.visitBinary;
      break;
    case Type2.LargeBinary:
      fn = visitor.visitLargeBinary;
      break;
    case Type2.BinaryView:
      fn = visitor.visitBinaryView || visitor.visitBinary;
      break;
    case Type2.FixedSizeBinary:
      fn = visitor.visitFixedSizeBinary;
      break;
    case Type2.Date:
      fn = visitor.visitDate;
      break;
    case Type2.DateDay:
      fn = visitor.visitDateDay || visitor.visitDate;
      break;
    case Type2.DateMillisecond:
      fn = visitor.visitDateMillisecond || visitor.visitDate;
      break;
    case Type2.Timestamp:
      fn = visitor.visitTimestamp;
      break;
    case Type2.TimestampSecond:
      fn = visitor.visitTimestampSecond || visitor.visitTimestamp;
      break;
    case Type2.TimestampMillisecond:
      fn = visitor.visitTimestampMillisecond || visitor.visitTimestamp;
      break;
    case Type2.TimestampMicrosecond:
      fn = visitor.visitTimestampMicrosecond || visitor.visitTimestamp;
      break;
    case Type2.TimestampNanosecond:
      fn = visitor.visitTimestampNanosecond || visitor.visitTimestamp;
      break;
    case Type2.Time:
      fn = visitor.visitTime;
      break;
    case Type2.TimeSecond:
      fn = visitor.visitTimeSecond || visitor.visitTime;
      break;
    case Type2.TimeMillisecond:
      fn = visitor.visitTimeMillisecond || visitor.visitTime;
      break;
    case Type2.TimeMicrosecond:
      fn = visitor.visitTimeMicrosecond || visitor.visitTime;
      break;
    case Type2.TimeNanosecond:
      fn = visitor.visitTimeNanosecond || visitor.visitTime;
      break;
    case Type2.Decimal:
      fn = visitor.visitDecimal;
      break;
    case Type2.List:
      fn = visitor.visitList;
      break;
    case Type2.LargeList:
      fn = visitor.visitLargeList;
      break;
    case Type2.Struct:
      fn = visitor.visitStruct;
      break;
    case Type2.Union:
      fn = visitor.visitUnion;
      break;
    case Type2.DenseUnion:
      fn = visitor.visitDenseUnion || visitor.visitUnion;
      break;
    case Type2.SparseUnion:
      fn = visitor.visitSparseUnion || visitor.visitUnion;
      break;
    case Type2.Dictionary:
      fn = visitor.visitDictionary;
      break;
    case Type2.Interval:
      fn = visitor.visitInterval;
      break;
    case Type2.IntervalDayTime:
      fn = visitor.visitIntervalDayTime || visitor.visitInterval;
      break;
    case Type2.IntervalYearMonth:
      fn = visitor.visitIntervalYearMonth || visitor.visitInterval;
      break;
    case Type2.IntervalMonthDayNano:
      fn = visitor.visitIntervalMonthDayNano || visitor.visitInterval;
      break;
    case Type2.Duration:
      fn = visitor.visitDuration;
      break;
    case Type2.DurationSecond:
      fn = visitor.visitDurationSecond || visitor.visitDuration;
      break;
    case Type2.DurationMillisecond:
      fn = visitor.visitDurationMillisecond || visitor.visitDuration;
      break;
    case Type2.DurationMicrosecond:
      fn = visitor.visitDurationMicrosecond || visitor.visitDuration;
      break;
    case Type2.DurationNanosecond:
      fn = visitor.visitDurationNanosecond || visitor.visitDuration;
      break;
    case Type2.FixedSizeList:
      fn = visitor.visitFixedSizeList;
      break;
    case Type2.Map:
      fn = visitor.visitMap;
      break;
  }
  if (typeof fn === "function")
    return fn;
  if (!throwIfNotFound)
    return () => null;
  throw new Error(`Unrecognized type '${Type2[dtype]}'`);
}
function inferDType(type) {
  switch (type.typeId) {
    case Type2.Null:
      return Type2.Null;
    case Type2.Int: {
      const { bitWidth, isSigned } = type;
      switch (bitWidth) {
        case 8:
          return isSigned ? Type2.Int8 : Type2.Uint8;
        case 16:
          return isSigned ? Type2.Int16 : Type2.Uint16;
        case 32:
          return isSigned ? Type2.Int32 : Type2.Uint32;
        case 64:
          return isSigned ? Type2.Int64 : Type2.Uint64;
      }
      return Type2.Int;
    }
    case Type2.Float:
      switch (type.precision) {
        case Precision.HALF:
          return Type2.Float16;
        case Precision.SINGLE:
          return Type2.Float32;
        case Precision.DOUBLE:
          return Type2.Float64;
      }
      return Type2.Float;
    case Type2.Binary:
      return Type2.Binary;
    case Type2.LargeBinary:
      return Type2.LargeBinary;
    case Type2.BinaryView:
      return Type2.BinaryView;
    case Type2.Utf8:
      return Type2.Utf8;
    case Type2.LargeUtf8:
      return Type2.LargeUtf8;
    case Type2.Utf8View:
      return Type2.Utf8View;
    case Type2.Bool:
      return Type2.Bool;
    case Type2.Decimal:
      return Type2.Decimal;
    case Type2.Time:
      switch (type.unit) {
        case TimeUnit.SECOND:
          return Type2.TimeSecond;
        case TimeUnit.MILLISECOND:
          return Type2.TimeMillisecond;
        case TimeUnit.MICROSECOND:
          return Type2.TimeMicrosecond;
        case TimeUnit.NANOSECOND:
          return Type2.TimeNanosecond;
      }
      return Type2.Time;
    case Type2.Timestamp:
      switch (type.unit) {
        case TimeUnit.SECOND:
          return Type2.TimestampSecond;
        case TimeUnit.MILLISECOND:
          return Type2.TimestampMillisecond;
        case TimeUnit.MICROSECOND:
          return Type2.TimestampMicrosecond;
        case TimeUnit.NANOSECOND:
          return Type2.TimestampNanosecond;
      }
      return Type2.Timestamp;
    case Type2.Date:
      switch (type.unit) {
        case DateUnit.DAY:
          return Type2.DateDay;
        case DateUnit.MILLISECOND:
          return Type2.DateMillisecond;
      }
      return Type2.Date;
    case Type2.Interval:
      switch (type.unit) {
        case IntervalUnit.DAY_TIME:
          return Type2.IntervalDayTime;
        case IntervalUnit.YEAR_MONTH:
          return Type2.IntervalYearMonth;
        case IntervalUnit.MONTH_DAY_NANO:
          return Type2.IntervalMonthDayNano;
      }
      return Type2.Interval;
    case Type2.Duration:
      switch (type.unit) {
        case TimeUnit.SECOND:
          return Type2.DurationSecond;
        case TimeUnit.MILLISECOND:
          return Type2.DurationMillisecond;
        case TimeUnit.MICROSECOND:
          return Type2.DurationMicrosecond;
        case TimeUnit.NANOSECOND:
          return Type2.DurationNanosecond;
      }
      return Type2.Duration;
    case Type2.Map:
      return Type2.Map;
    case Type2.List:
      return Type2.List;
    case Type2.LargeList:
      return Type2.LargeList;
    case Type2.Struct:
      return Type2.Struct;
    case Type2.Union:
      switch (type.mode) {
        case UnionMode.Dense:
          return Type2.DenseUnion;
        case UnionMode.Sparse:
          return Type2.SparseUnion;
      }
      return Type2.Union;
    case Type2.FixedSizeBinary:
      return Type2.FixedSizeBinary;
    case Type2.FixedSizeList:
      return Type2.FixedSizeList;
    case Type2.Dictionary:
      return Type2.Dictionary;
  }
  throw new Error(`Unrecognized type '${Type2[type.typeId]}'`);
}
var Visitor;
var init_visitor = __esm({
  "node_modules/apache-arrow/visitor.mjs"() {
    init_enum();
    init_type2();
    Visitor = class {
      visitMany(nodes, ...args2) {
        return nodes.map((node, i2) => this.visit(node, ...args2.map((x) => x[i2])));
      }
      visit(...args2) {
        return this.getVisitFn(args2[0], false).apply(this, args2);
      }
      getVisitFn(node, throwIfNotFound = true) {
        return getVisitFn(this, node, throwIfNotFound);
      }
      getVisitFnByTypeId(typeId, throwIfNotFound = true) {
        return getVisitFnByTypeId(this, typeId, throwIfNotFound);
      }
      visitNull(_node, ..._args) {
        return null;
      }
      visitBool(_node, ..._args) {
        return null;
      }
      visitInt(_node, ..._args) {
        return null;
      }
      visitFloat(_node, ..._args) {
        return null;
      }
      visitUtf8(_node, ..._args) {
        return null;
      }
      visitLargeUtf8(_node, ..._args) {
        return null;
      }
      visitUtf8View(_node, ..._args) {
        return null;
      }
      visitBinary(_node, ..._args) {
        return null;
      }
      visitLargeBinary(_node, ..._args) {
        return null;
      }
      visitBinaryView(_node, ..._args) {
        return null;
      }
      visitFixedSizeBinary(_node, ..._args) {
        return null;
      }
      visitDate(_node, ..._args) {
        return null;
      }
      visitTimestamp(_node, ..._args) {
        return null;
      }
      visitTime(_node, ..._args) {
        return null;
      }
      visitDecimal(_node, ..._args) {
        return null;
      }
      visitList(_node, ..._args) {
        return null;
      }
      visitLargeList(_node, ..._args) {
        return null;
      }
      visitStruct(_node, ..._args) {
        return null;
      }
      visitUnion(_node, ..._args) {
        return null;
      }
      visitDictionary(_node, ..._args) {
        return null;
      }
      visitInterval(_node, ..._args) {
        return null;
      }
      visitDuration(_node, ..._args) {
        return null;
      }
      visitFixedSizeList(_node, ..._args) {
        return null;
      }
      visitMap(_node, ..._args) {
        return null;
      }
    };
    Visitor.prototype.visitInt8 = null;
    Visitor.prototype.visitInt16 = null;
    Visitor.prototype.visitInt32 = null;
    Visitor.prototype.visitInt64 = null;
    Visitor.prototype.visitUint8 = null;
    Visitor.prototype.visitUint16 = null;
    Visitor.prototype.visitUint32 = null;
    Visitor.prototype.visitUint64 = null;
    Visitor.prototype.visitFloat16 = null;
    Visitor.prototype.visitFloat32 = null;
    Visitor.prototype.visitFloat64 = null;
    Visitor.prototype.visitDateDay = null;
    Visitor.prototype.visitDateMillisecond = null;
    Visitor.prototype.visitTimestampSecond = null;
    Visitor.prototype.visitTimestampMillisecond = null;
    Visitor.prototype.visitTimestampMicrosecond = null;
    Visitor.prototype.visitTimestampNanosecond = null;
    Visitor.prototype.visitTimeSecond = null;
    Visitor.prototype.visitTimeMillisecond = null;
    Visitor.prototype.visitTimeMicrosecond = null;
    Visitor.prototype.visitTimeNanosecond = null;
    Visitor.prototype.visitDenseUnion = null;
    Visitor.prototype.visitSparseUnion = null;
    Visitor.prototype.visitIntervalDayTime = null;
    Visitor.prototype.visitIntervalYearMonth = null;
    Visitor.prototype.visitIntervalMonthDayNano = null;
    Visitor.prototype.visitDuration = null;
    Visitor.prototype.visitDurationSecond = null;
    Visitor.prototype.visitDurationMillisecond = null;
    Visitor.prototype.visitDurationMicrosecond = null;
    Visitor.prototype.visitDurationNanosecond = null;
  }
});

// node_modules/apache-arrow/util/math.mjs
var math_exports = {};
__export(math_exports, {
  float64ToUint16: () => float64ToUint16,
  uint16ToFloat64: () => uint16ToFloat64
});
function uint16ToFloat64(h) {
  const expo = (h & 31744) >> 10;
  const sigf = (h & 1023) / 1024;
  const sign = Math.pow(-1, (h & 32768) >> 15);
  switch (expo) {
    case 31:
      return sign * (sigf ? Number.NaN : 1 / 0);
    case 0:
      return sign * (sigf ? 6103515625e-14 * sigf : 0);
  }
  return sign * Math.pow(2, expo - 15) * (1 + sigf);
}
function float64ToUint16(d) {
  if (d !== d) {
    return 32256;
  }
  f64[0] = d;
  const sign = (u32[1] & 2147483648) >> 16 & 65535;
  let expo = u32[1] & 2146435072, sigf = 0;
  if (expo >= 1089470464) {
    if (u32[0] > 0) {
      expo = 31744;
    } else {
      expo = (expo & 2080374784) >> 16;
      sigf = (u32[1] & 1048575) >> 10;
    }
  } else if (expo <= 1056964608) {
    sigf = 1048576 + (u32[1] & 1048575);
    sigf = 1048576 + (sigf << (expo >> 20) - 998) >> 21;
    expo = 0;
  } else {
    expo = expo - 1056964608 >> 10;
    sigf = (u32[1] & 1048575) + 512 >> 10;
  }
  return sign | expo | sigf & 65535;
}
var f64, u32;
var init_math = __esm({
  "node_modules/apache-arrow/util/math.mjs"() {
    f64 = new Float64Array(1);
    u32 = new Uint32Array(f64.buffer);
  }
});

// node_modules/apache-arrow/visitor/set.mjs
function wrapSet(fn) {
  return (data, _1, _2) => {
    if (data.setValid(_1, _2 != null)) {
      return fn(data, _1, _2);
    }
  };
}
var SetVisitor, setEpochMsToDays, setVariableWidthBytes, setBool, setInt, setFloat, setFloat16, setAnyFloat, setDateDay, setDateMillisecond, setFixedSizeBinary, setBinary, ensureWritableVariadicBuffers, setBinaryViewBytes, setBinaryView, setUtf8, setUtf8View, setDate, setTimestampSecond, setTimestampMillisecond, setTimestampMicrosecond, setTimestampNanosecond, setTimestamp, setTimeSecond, setTimeMillisecond, setTimeMicrosecond, setTimeNanosecond, setTime, setDecimal, setList, setMap, _setStructArrayValue, _setStructVectorValue, _setStructMapValue, _setStructObjectValue, setStruct, setUnion, setDenseUnion, setSparseUnion, setDictionary, setIntervalValue, setIntervalDayTime, setIntervalYearMonth, setIntervalMonthDayNano, setDurationSecond, setDurationMillisecond, setDurationMicrosecond, setDurationNanosecond, setDuration, setFixedSizeList, instance2;
var init_set = __esm({
  "node_modules/apache-arrow/visitor/set.mjs"() {
    init_vector2();
    init_visitor();
    init_bigint();
    init_utf8();
    init_math();
    init_enum();
    init_type2();
    SetVisitor = class extends Visitor {
    };
    setEpochMsToDays = (data, index, epochMs) => {
      data[index] = Math.floor(epochMs / 864e5);
    };
    setVariableWidthBytes = (values, valueOffsets, index, value) => {
      if (index + 1 < valueOffsets.length) {
        const x = bigIntToNumber(valueOffsets[index]);
        const y = bigIntToNumber(valueOffsets[index + 1]);
        values.set(value.subarray(0, y - x), x);
      }
    };
    setBool = ({ offset, values }, index, val) => {
      const idx = offset + index;
      val ? values[idx >> 3] |= 1 << idx % 8 : values[idx >> 3] &= ~(1 << idx % 8);
    };
    setInt = ({ values }, index, value) => {
      values[index] = value;
    };
    setFloat = ({ values }, index, value) => {
      values[index] = value;
    };
    setFloat16 = ({ values }, index, value) => {
      values[index] = float64ToUint16(value);
    };
    setAnyFloat = (data, index, value) => {
      switch (data.type.precision) {
        case Precision.HALF:
          return setFloat16(data, index, value);
        case Precision.SINGLE:
        case Precision.DOUBLE:
          return setFloat(data, index, value);
      }
    };
    setDateDay = ({ values }, index, value) => {
      setEpochMsToDays(values, index, value.valueOf());
    };
    setDateMillisecond = ({ values }, index, value) => {
      values[index] = BigInt(value);
    };
    setFixedSizeBinary = ({ stride, values }, index, value) => {
      values.set(value.subarray(0, stride), stride * index);
    };
    setBinary = ({ values, valueOffsets }, index, value) => setVariableWidthBytes(values, valueOffsets, index, value);
    ensureWritableVariadicBuffers = (data) => {
      let buffers = data.variadicBuffers;
      if (!Array.isArray(buffers) || Object.isFrozen(buffers)) {
        buffers = Array.from(buffers);
        data.variadicBuffers = buffers;
      }
      return buffers;
    };
    setBinaryViewBytes = (data, index, bytes) => {
      var _a5, _b2, _c2, _d2;
      const views = data.values;
      if (!views) {
        throw new Error("BinaryView data is missing view buffer");
      }
      const elementWidth = BinaryView2.ELEMENT_WIDTH;
      const viewOffset = index * elementWidth;
      const end = viewOffset + elementWidth;
      if (viewOffset < 0 || end > views.length) {
        throw new RangeError(`BinaryView index ${index} out of bounds`);
      }
      views.fill(0, viewOffset, end);
      const view = new DataView(views.buffer, views.byteOffset + viewOffset, elementWidth);
      const length = bytes.length;
      view.setInt32(BinaryView2.LENGTH_OFFSET, length, true);
      if (length <= BinaryView2.INLINE_CAPACITY) {
        views.set(bytes, viewOffset + BinaryView2.INLINE_OFFSET);
        return;
      }
      const prefix = ((_a5 = bytes[0]) !== null && _a5 !== void 0 ? _a5 : 0) | ((_b2 = bytes[1]) !== null && _b2 !== void 0 ? _b2 : 0) << 8 | ((_c2 = bytes[2]) !== null && _c2 !== void 0 ? _c2 : 0) << 16 | ((_d2 = bytes[3]) !== null && _d2 !== void 0 ? _d2 : 0) << 24;
      view.setUint32(BinaryView2.INLINE_OFFSET, prefix >>> 0, true);
      const buffers = ensureWritableVariadicBuffers(data);
      const copy = bytes.slice();
      const bufferIndex = buffers.push(copy) - 1;
      view.setInt32(BinaryView2.BUFFER_INDEX_OFFSET, bufferIndex, true);
      view.setInt32(BinaryView2.BUFFER_OFFSET_OFFSET, 0, true);
    };
    setBinaryView = (data, index, value) => {
      const bytes = value instanceof Uint8Array ? value : new Uint8Array(value);
      setBinaryViewBytes(data, index, bytes);
    };
    setUtf8 = ({ values, valueOffsets }, index, value) => setVariableWidthBytes(values, valueOffsets, index, encodeUtf8(value));
    setUtf8View = (data, index, value) => {
      const bytes = encodeUtf8(value);
      setBinaryViewBytes(data, index, bytes);
    };
    setDate = (data, index, value) => {
      data.type.unit === DateUnit.DAY ? setDateDay(data, index, value) : setDateMillisecond(data, index, value);
    };
    setTimestampSecond = ({ values }, index, value) => {
      values[index] = BigInt(value / 1e3);
    };
    setTimestampMillisecond = ({ values }, index, value) => {
      values[index] = BigInt(value);
    };
    setTimestampMicrosecond = ({ values }, index, value) => {
      values[index] = BigInt(value * 1e3);
    };
    setTimestampNanosecond = ({ values }, index, value) => {
      values[index] = BigInt(value * 1e6);
    };
    setTimestamp = (data, index, value) => {
      switch (data.type.unit) {
        case TimeUnit.SECOND:
          return setTimestampSecond(data, index, value);
        case TimeUnit.MILLISECOND:
          return setTimestampMillisecond(data, index, value);
        case TimeUnit.MICROSECOND:
          return setTimestampMicrosecond(data, index, value);
        case TimeUnit.NANOSECOND:
          return setTimestampNanosecond(data, index, value);
      }
    };
    setTimeSecond = ({ values }, index, value) => {
      values[index] = value;
    };
    setTimeMillisecond = ({ values }, index, value) => {
      values[index] = value;
    };
    setTimeMicrosecond = ({ values }, index, value) => {
      values[index] = value;
    };
    setTimeNanosecond = ({ values }, index, value) => {
      values[index] = value;
    };
    setTime = (data, index, value) => {
      switch (data.type.unit) {
        case TimeUnit.SECOND:
          return setTimeSecond(data, index, value);
        case TimeUnit.MILLISECOND:
          return setTimeMillisecond(data, index, value);
        case TimeUnit.MICROSECOND:
          return setTimeMicrosecond(data, index, value);
        case TimeUnit.NANOSECOND:
          return setTimeNanosecond(data, index, value);
      }
    };
    setDecimal = ({ values, stride }, index, value) => {
      values.set(value.subarray(0, stride), stride * index);
    };
    setList = (data, index, value) => {
      const values = data.children[0];
      const valueOffsets = data.valueOffsets;
      const set = instance2.getVisitFn(values);
      const begin = bigIntToNumber(valueOffsets[index]);
      const end = bigIntToNumber(valueOffsets[index + 1]);
      if (Array.isArray(value)) {
        for (let idx = -1, itr = begin; itr < end; ) {
          set(values, itr++, value[++idx]);
        }
      } else {
        for (let idx = -1, itr = begin; itr < end; ) {
          set(values, itr++, value.get(++idx));
        }
      }
    };
    setMap = (data, index, value) => {
      const values = data.children[0];
      const { valueOffsets } = data;
      const set = instance2.getVisitFn(values);
      let { [index]: idx, [index + 1]: end } = valueOffsets;
      const entries = value instanceof Map ? value.entries() : Object.entries(value);
      for (const val of entries) {
        set(values, idx, val);
        if (++idx >= end)
          break;
      }
    };
    _setStructArrayValue = (o, v) => (set, c, _, i2) => c && set(c, o, v[i2]);
    _setStructVectorValue = (o, v) => (set, c, _, i2) => c && set(c, o, v.get(i2));
    _setStructMapValue = (o, v) => (set, c, f, _) => c && set(c, o, v.get(f.name));
    _setStructObjectValue = (o, v) => (set, c, f, _) => c && set(c, o, v[f.name]);
    setStruct = (data, index, value) => {
      const childSetters = data.type.children.map((f) => instance2.getVisitFn(f.type));
      const set = value instanceof Map ? _setStructMapValue(index, value) : value instanceof Vector ? _setStructVectorValue(index, value) : Array.isArray(value) ? _setStructArrayValue(index, value) : _setStructObjectValue(index, value);
      data.type.children.forEach((f, i2) => set(childSetters[i2], data.children[i2], f, i2));
    };
    setUnion = (data, index, value) => {
      data.type.mode === UnionMode.Dense ? setDenseUnion(data, index, value) : setSparseUnion(data, index, value);
    };
    setDenseUnion = (data, index, value) => {
      const childIndex = data.type.typeIdToChildIndex[data.typeIds[index]];
      const child = data.children[childIndex];
      instance2.visit(child, data.valueOffsets[index], value);
    };
    setSparseUnion = (data, index, value) => {
      const childIndex = data.type.typeIdToChildIndex[data.typeIds[index]];
      const child = data.children[childIndex];
      instance2.visit(child, index, value);
    };
    setDictionary = (data, index, value) => {
      var _a5;
      (_a5 = data.dictionary) === null || _a5 === void 0 ? void 0 : _a5.set(data.values[index], value);
    };
    setIntervalValue = (data, index, value) => {
      switch (data.type.unit) {
        case IntervalUnit.YEAR_MONTH:
          return setIntervalYearMonth(data, index, value);
        case IntervalUnit.DAY_TIME:
          return setIntervalDayTime(data, index, value);
        case IntervalUnit.MONTH_DAY_NANO:
          return setIntervalMonthDayNano(data, index, value);
      }
    };
    setIntervalDayTime = ({ values }, index, value) => {
      values.set(value.subarray(0, 2), 2 * index);
    };
    setIntervalYearMonth = ({ values }, index, value) => {
      values[index] = value[0] * 12 + value[1] % 12;
    };
    setIntervalMonthDayNano = ({ values, stride }, index, value) => {
      values.set(value.subarray(0, stride), stride * index);
    };
    setDurationSecond = ({ values }, index, value) => {
      values[index] = value;
    };
    setDurationMillisecond = ({ values }, index, value) => {
      values[index] = value;
    };
    setDurationMicrosecond = ({ values }, index, value) => {
      values[index] = value;
    };
    setDurationNanosecond = ({ values }, index, value) => {
      values[index] = value;
    };
    setDuration = (data, index, value) => {
      switch (data.type.unit) {
        case TimeUnit.SECOND:
          return setDurationSecond(data, index, value);
        case TimeUnit.MILLISECOND:
          return setDurationMillisecond(data, index, value);
        case TimeUnit.MICROSECOND:
          return setDurationMicrosecond(data, index, value);
        case TimeUnit.NANOSECOND:
          return setDurationNanosecond(data, index, value);
      }
    };
    setFixedSizeList = (data, index, value) => {
      const { stride } = data;
      const child = data.children[0];
      const set = instance2.getVisitFn(child);
      if (Array.isArray(value)) {
        for (let idx = -1, offset = index * stride; ++idx < stride; ) {
          set(child, offset + idx, value[idx]);
        }
      } else {
        for (let idx = -1, offset = index * stride; ++idx < stride; ) {
          set(child, offset + idx, value.get(idx));
        }
      }
    };
    SetVisitor.prototype.visitBool = wrapSet(setBool);
    SetVisitor.prototype.visitInt = wrapSet(setInt);
    SetVisitor.prototype.visitInt8 = wrapSet(setInt);
    SetVisitor.prototype.visitInt16 = wrapSet(setInt);
    SetVisitor.prototype.visitInt32 = wrapSet(setInt);
    SetVisitor.prototype.visitInt64 = wrapSet(setInt);
    SetVisitor.prototype.visitUint8 = wrapSet(setInt);
    SetVisitor.prototype.visitUint16 = wrapSet(setInt);
    SetVisitor.prototype.visitUint32 = wrapSet(setInt);
    SetVisitor.prototype.visitUint64 = wrapSet(setInt);
    SetVisitor.prototype.visitFloat = wrapSet(setAnyFloat);
    SetVisitor.prototype.visitFloat16 = wrapSet(setFloat16);
    SetVisitor.prototype.visitFloat32 = wrapSet(setFloat);
    SetVisitor.prototype.visitFloat64 = wrapSet(setFloat);
    SetVisitor.prototype.visitUtf8 = wrapSet(setUtf8);
    SetVisitor.prototype.visitLargeUtf8 = wrapSet(setUtf8);
    SetVisitor.prototype.visitUtf8View = wrapSet(setUtf8View);
    SetVisitor.prototype.visitBinary = wrapSet(setBinary);
    SetVisitor.prototype.visitLargeBinary = wrapSet(setBinary);
    SetVisitor.prototype.visitBinaryView = wrapSet(setBinaryView);
    SetVisitor.prototype.visitFixedSizeBinary = wrapSet(setFixedSizeBinary);
    SetVisitor.prototype.visitDate = wrapSet(setDate);
    SetVisitor.prototype.visitDateDay = wrapSet(setDateDay);
    SetVisitor.prototype.visitDateMillisecond = wrapSet(setDateMillisecond);
    SetVisitor.prototype.visitTimestamp = wrapSet(setTimestamp);
    SetVisitor.prototype.visitTimestampSecond = wrapSet(setTimestampSecond);
    SetVisitor.prototype.visitTimestampMillisecond = wrapSet(setTimestampMillisecond);
    SetVisitor.prototype.visitTimestampMicrosecond = wrapSet(setTimestampMicrosecond);
    SetVisitor.prototype.visitTimestampNanosecond = wrapSet(setTimestampNanosecond);
    SetVisitor.prototype.visitTime = wrapSet(setTime);
    SetVisitor.prototype.visitTimeSecond = wrapSet(setTimeSecond);
    SetVisitor.prototype.visitTimeMillisecond = wrapSet(setTimeMillisecond);
    SetVisitor.prototype.visitTimeMicrosecond = wrapSet(setTimeMicrosecond);
    SetVisitor.prototype.visitTimeNanosecond = wrapSet(setTimeNanosecond);
    SetVisitor.prototype.visitDecimal = wrapSet(setDecimal);
    SetVisitor.prototype.visitList = wrapSet(setList);
    SetVisitor.prototype.visitLargeList = wrapSet(setList);
    SetVisitor.prototype.visitStruct = wrapSet(setStruct);
    SetVisitor.prototype.visitUnion = wrapSet(setUnion);
    SetVisitor.prototype.visitDenseUnion = wrapSet(setDenseUnion);
    SetVisitor.prototype.visitSparseUnion = wrapSet(setSparseUnion);
    SetVisitor.prototype.visitDictionary = wrapSet(setDictionary);
    SetVisitor.prototype.visitInterval = wrapSet(setIntervalValue);
    SetVisitor.prototype.visitIntervalDayTime = wrapSet(setIntervalDayTime);
    SetVisitor.prototype.visitIntervalYearMonth = wrapSet(setIntervalYearMonth);
    SetVisitor.prototype.visitIntervalMonthDayNano = wrapSet(setIntervalMonthDayNano);
    SetVisitor.prototype.visitDuration = wrapSet(setDuration);
    SetVisitor.prototype.visitDurationSecond = wrapSet(setDurationSecond);
    SetVisitor.prototype.visitDurationMillisecond = wrapSet(setDurationMillisecond);
    SetVisitor.prototype.visitDurationMicrosecond = wrapSet(setDurationMicrosecond);
    SetVisitor.prototype.visitDurationNanosecond = wrapSet(setDurationNanosecond);
    SetVisitor.prototype.visitFixedSizeList = wrapSet(setFixedSizeList);
    SetVisitor.prototype.visitMap = wrapSet(setMap);
    instance2 = new SetVisitor();
  }
});

// node_modules/apache-arrow/row/struct.mjs
var kParent, kRowIndex, StructRow, StructRowIterator, StructRowProxyHandler, structRowProxyHandler;
var init_struct2 = __esm({
  "node_modules/apache-arrow/row/struct.mjs"() {
    init_pretty();
    init_get();
    init_set();
    kParent = /* @__PURE__ */ Symbol.for("parent");
    kRowIndex = /* @__PURE__ */ Symbol.for("rowIndex");
    StructRow = class {
      constructor(parent, rowIndex) {
        this[kParent] = parent;
        this[kRowIndex] = rowIndex;
        return new Proxy(this, structRowProxyHandler);
      }
      toArray() {
        return Object.values(this.toJSON());
      }
      toJSON() {
        const i2 = this[kRowIndex];
        const parent = this[kParent];
        const keys = parent.type.children;
        const json = {};
        for (let j = -1, n = keys.length; ++j < n; ) {
          json[keys[j].name] = instance3.visit(parent.children[j], i2);
        }
        return json;
      }
      toString() {
        return `{${[...this].map(([key, val]) => `${valueToString(key)}: ${valueToString(val)}`).join(", ")}}`;
      }
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        return this.toString();
      }
      [Symbol.iterator]() {
        return new StructRowIterator(this[kParent], this[kRowIndex]);
      }
    };
    StructRowIterator = class {
      constructor(data, rowIndex) {
        this.childIndex = 0;
        this.children = data.children;
        this.rowIndex = rowIndex;
        this.childFields = data.type.children;
        this.numChildren = this.childFields.length;
      }
      [Symbol.iterator]() {
        return this;
      }
      next() {
        const i2 = this.childIndex;
        if (i2 < this.numChildren) {
          this.childIndex = i2 + 1;
          return {
            done: false,
            value: [
              this.childFields[i2].name,
              instance3.visit(this.children[i2], this.rowIndex)
            ]
          };
        }
        return { done: true, value: null };
      }
    };
    Object.defineProperties(StructRow.prototype, {
      [Symbol.toStringTag]: { enumerable: false, configurable: false, value: "Row" },
      [kParent]: { writable: true, enumerable: false, configurable: false, value: null },
      [kRowIndex]: { writable: true, enumerable: false, configurable: false, value: -1 }
    });
    StructRowProxyHandler = class {
      isExtensible() {
        return false;
      }
      deleteProperty() {
        return false;
      }
      preventExtensions() {
        return true;
      }
      ownKeys(row) {
        return row[kParent].type.children.map((f) => f.name);
      }
      has(row, key) {
        return row[kParent].type.children.some((f) => f.name === key);
      }
      getOwnPropertyDescriptor(row, key) {
        if (row[kParent].type.children.some((f) => f.name === key)) {
          return { writable: true, enumerable: true, configurable: true };
        }
        return;
      }
      get(row, key) {
        if (Reflect.has(row, key)) {
          return row[key];
        }
        const idx = row[kParent].type.children.findIndex((f) => f.name === key);
        if (idx !== -1) {
          const val = instance3.visit(row[kParent].children[idx], row[kRowIndex]);
          Reflect.set(row, key, val);
          return val;
        }
      }
      set(row, key, val) {
        const idx = row[kParent].type.children.findIndex((f) => f.name === key);
        if (idx !== -1) {
          instance2.visit(row[kParent].children[idx], row[kRowIndex], val);
          return Reflect.set(row, key, val);
        } else if (Reflect.has(row, key) || typeof key === "symbol") {
          return Reflect.set(row, key, val);
        }
        return false;
      }
    };
    structRowProxyHandler = new StructRowProxyHandler();
  }
});

// node_modules/apache-arrow/visitor/get.mjs
function wrapGet(fn) {
  return (data, _1) => data.getValid(_1) ? fn(data, _1) : null;
}
var GetVisitor, epochDaysToMs, BINARY_VIEW_SIZE, BINARY_VIEW_INLINE_CAPACITY, getNull, getVariableWidthBytes, getBool, getDateDay, getDateMillisecond, getNumeric, getFloat16, getBigInts, getFixedSizeBinary, getBinary, getBinaryViewBytes, getBinaryViewValue, getUtf8, getUtf8ViewValue, getInt, getFloat, getDate, getTimestampSecond, getTimestampMillisecond, getTimestampMicrosecond, getTimestampNanosecond, getTimestamp, getTimeSecond, getTimeMillisecond, getTimeMicrosecond, getTimeNanosecond, getTime, getDecimal, getList, getMap, getStruct, getUnion, getDenseUnion, getSparseUnion, getDictionary, getInterval, getIntervalDayTime, getIntervalYearMonth, getIntervalMonthDayNano, getDurationSecond, getDurationMillisecond, getDurationMicrosecond, getDurationNanosecond, getDuration, getFixedSizeList, instance3;
var init_get = __esm({
  "node_modules/apache-arrow/visitor/get.mjs"() {
    init_bn();
    init_vector2();
    init_visitor();
    init_map2();
    init_struct2();
    init_bigint();
    init_utf8();
    init_math();
    init_enum();
    GetVisitor = class extends Visitor {
    };
    epochDaysToMs = (data, index) => 864e5 * data[index];
    BINARY_VIEW_SIZE = 16;
    BINARY_VIEW_INLINE_CAPACITY = 12;
    getNull = (_data, _index) => null;
    getVariableWidthBytes = (values, valueOffsets, index) => {
      if (index + 1 >= valueOffsets.length) {
        return null;
      }
      const x = bigIntToNumber(valueOffsets[index]);
      const y = bigIntToNumber(valueOffsets[index + 1]);
      return values.subarray(x, y);
    };
    getBool = ({ offset, values }, index) => {
      const idx = offset + index;
      const byte = values[idx >> 3];
      return (byte & 1 << idx % 8) !== 0;
    };
    getDateDay = ({ values }, index) => epochDaysToMs(values, index);
    getDateMillisecond = ({ values }, index) => bigIntToNumber(values[index]);
    getNumeric = ({ stride, values }, index) => values[stride * index];
    getFloat16 = ({ stride, values }, index) => uint16ToFloat64(values[stride * index]);
    getBigInts = ({ values }, index) => values[index];
    getFixedSizeBinary = ({ stride, values }, index) => values.subarray(stride * index, stride * (index + 1));
    getBinary = ({ values, valueOffsets }, index) => getVariableWidthBytes(values, valueOffsets, index);
    getBinaryViewBytes = (data, index) => {
      var _a5;
      const values = data.values;
      if (!values) {
        throw new Error("BinaryView data is missing view buffer");
      }
      const viewOffset = index * BINARY_VIEW_SIZE;
      const end = viewOffset + BINARY_VIEW_SIZE;
      if (viewOffset < 0 || end > values.length) {
        throw new Error(`BinaryView data buffer is too short: expected ${BINARY_VIEW_SIZE} bytes, got ${Math.max(0, values.length - viewOffset)}`);
      }
      const viewStruct = values.subarray(viewOffset, end);
      if (viewStruct.length < BINARY_VIEW_SIZE) {
        throw new Error(`BinaryView data buffer is too short: expected ${BINARY_VIEW_SIZE} bytes, got ${viewStruct.length}`);
      }
      const view = new DataView(values.buffer, viewStruct.byteOffset, BINARY_VIEW_SIZE);
      const size = view.getInt32(0, true);
      if (size <= 0) {
        return new Uint8Array(0);
      }
      if (size <= BINARY_VIEW_INLINE_CAPACITY) {
        return viewStruct.subarray(4, 4 + size);
      }
      const bufferIndex = view.getInt32(8, true);
      const offset = view.getInt32(12, true);
      const variadicBuffer = (_a5 = data.variadicBuffers) === null || _a5 === void 0 ? void 0 : _a5[bufferIndex];
      if (!variadicBuffer) {
        throw new Error(`BinaryView variadic buffer ${bufferIndex} is missing`);
      }
      return variadicBuffer.subarray(offset, offset + size);
    };
    getBinaryViewValue = (data, index) => {
      return getBinaryViewBytes(data, index);
    };
    getUtf8 = ({ values, valueOffsets }, index) => {
      const bytes = getVariableWidthBytes(values, valueOffsets, index);
      return bytes !== null ? decodeUtf82(bytes) : null;
    };
    getUtf8ViewValue = (data, index) => {
      const bytes = getBinaryViewBytes(data, index);
      return decodeUtf82(bytes);
    };
    getInt = ({ values }, index) => values[index];
    getFloat = ({ type, values }, index) => type.precision !== Precision.HALF ? values[index] : uint16ToFloat64(values[index]);
    getDate = (data, index) => data.type.unit === DateUnit.DAY ? getDateDay(data, index) : getDateMillisecond(data, index);
    getTimestampSecond = ({ values }, index) => 1e3 * bigIntToNumber(values[index]);
    getTimestampMillisecond = ({ values }, index) => bigIntToNumber(values[index]);
    getTimestampMicrosecond = ({ values }, index) => divideBigInts(values[index], BigInt(1e3));
    getTimestampNanosecond = ({ values }, index) => divideBigInts(values[index], BigInt(1e6));
    getTimestamp = (data, index) => {
      switch (data.type.unit) {
        case TimeUnit.SECOND:
          return getTimestampSecond(data, index);
        case TimeUnit.MILLISECOND:
          return getTimestampMillisecond(data, index);
        case TimeUnit.MICROSECOND:
          return getTimestampMicrosecond(data, index);
        case TimeUnit.NANOSECOND:
          return getTimestampNanosecond(data, index);
      }
    };
    getTimeSecond = ({ values }, index) => values[index];
    getTimeMillisecond = ({ values }, index) => values[index];
    getTimeMicrosecond = ({ values }, index) => values[index];
    getTimeNanosecond = ({ values }, index) => values[index];
    getTime = (data, index) => {
      switch (data.type.unit) {
        case TimeUnit.SECOND:
          return getTimeSecond(data, index);
        case TimeUnit.MILLISECOND:
          return getTimeMillisecond(data, index);
        case TimeUnit.MICROSECOND:
          return getTimeMicrosecond(data, index);
        case TimeUnit.NANOSECOND:
          return getTimeNanosecond(data, index);
      }
    };
    getDecimal = ({ values, stride }, index) => BN.decimal(values.subarray(stride * index, stride * (index + 1)));
    getList = (data, index) => {
      const { valueOffsets, stride, children } = data;
      const begin = bigIntToNumber(valueOffsets[index * stride]);
      const end = bigIntToNumber(valueOffsets[index * stride + 1]);
      const child = children[0];
      const slice = child.slice(begin, end - begin);
      return new Vector([slice]);
    };
    getMap = (data, index) => {
      const { valueOffsets, children } = data;
      const { [index]: begin, [index + 1]: end } = valueOffsets;
      const child = children[0];
      return new MapRow(child.slice(begin, end - begin));
    };
    getStruct = (data, index) => {
      return new StructRow(data, index);
    };
    getUnion = (data, index) => {
      return data.type.mode === UnionMode.Dense ? getDenseUnion(data, index) : getSparseUnion(data, index);
    };
    getDenseUnion = (data, index) => {
      const childIndex = data.type.typeIdToChildIndex[data.typeIds[index]];
      const child = data.children[childIndex];
      return instance3.visit(child, data.valueOffsets[index]);
    };
    getSparseUnion = (data, index) => {
      const childIndex = data.type.typeIdToChildIndex[data.typeIds[index]];
      const child = data.children[childIndex];
      return instance3.visit(child, index);
    };
    getDictionary = (data, index) => {
      var _a5;
      return (_a5 = data.dictionary) === null || _a5 === void 0 ? void 0 : _a5.get(data.values[index]);
    };
    getInterval = (data, index) => data.type.unit === IntervalUnit.MONTH_DAY_NANO ? getIntervalMonthDayNano(data, index) : data.type.unit === IntervalUnit.DAY_TIME ? getIntervalDayTime(data, index) : getIntervalYearMonth(data, index);
    getIntervalDayTime = ({ values }, index) => values.subarray(2 * index, 2 * (index + 1));
    getIntervalYearMonth = ({ values }, index) => {
      const interval = values[index];
      const int32s = new Int32Array(2);
      int32s[0] = Math.trunc(interval / 12);
      int32s[1] = Math.trunc(interval % 12);
      return int32s;
    };
    getIntervalMonthDayNano = ({ values }, index) => values.subarray(4 * index, 4 * (index + 1));
    getDurationSecond = ({ values }, index) => values[index];
    getDurationMillisecond = ({ values }, index) => values[index];
    getDurationMicrosecond = ({ values }, index) => values[index];
    getDurationNanosecond = ({ values }, index) => values[index];
    getDuration = (data, index) => {
      switch (data.type.unit) {
        case TimeUnit.SECOND:
          return getDurationSecond(data, index);
        case TimeUnit.MILLISECOND:
          return getDurationMillisecond(data, index);
        case TimeUnit.MICROSECOND:
          return getDurationMicrosecond(data, index);
        case TimeUnit.NANOSECOND:
          return getDurationNanosecond(data, index);
      }
    };
    getFixedSizeList = (data, index) => {
      const { stride, children } = data;
      const child = children[0];
      const slice = child.slice(index * stride, stride);
      return new Vector([slice]);
    };
    GetVisitor.prototype.visitNull = wrapGet(getNull);
    GetVisitor.prototype.visitBool = wrapGet(getBool);
    GetVisitor.prototype.visitInt = wrapGet(getInt);
    GetVisitor.prototype.visitInt8 = wrapGet(getNumeric);
    GetVisitor.prototype.visitInt16 = wrapGet(getNumeric);
    GetVisitor.prototype.visitInt32 = wrapGet(getNumeric);
    GetVisitor.prototype.visitInt64 = wrapGet(getBigInts);
    GetVisitor.prototype.visitUint8 = wrapGet(getNumeric);
    GetVisitor.prototype.visitUint16 = wrapGet(getNumeric);
    GetVisitor.prototype.visitUint32 = wrapGet(getNumeric);
    GetVisitor.prototype.visitUint64 = wrapGet(getBigInts);
    GetVisitor.prototype.visitFloat = wrapGet(getFloat);
    GetVisitor.prototype.visitFloat16 = wrapGet(getFloat16);
    GetVisitor.prototype.visitFloat32 = wrapGet(getNumeric);
    GetVisitor.prototype.visitFloat64 = wrapGet(getNumeric);
    GetVisitor.prototype.visitUtf8 = wrapGet(getUtf8);
    GetVisitor.prototype.visitLargeUtf8 = wrapGet(getUtf8);
    GetVisitor.prototype.visitUtf8View = wrapGet(getUtf8ViewValue);
    GetVisitor.prototype.visitBinary = wrapGet(getBinary);
    GetVisitor.prototype.visitLargeBinary = wrapGet(getBinary);
    GetVisitor.prototype.visitBinaryView = wrapGet(getBinaryViewValue);
    GetVisitor.prototype.visitFixedSizeBinary = wrapGet(getFixedSizeBinary);
    GetVisitor.prototype.visitDate = wrapGet(getDate);
    GetVisitor.prototype.visitDateDay = wrapGet(getDateDay);
    GetVisitor.prototype.visitDateMillisecond = wrapGet(getDateMillisecond);
    GetVisitor.prototype.visitTimestamp = wrapGet(getTimestamp);
    GetVisitor.prototype.visitTimestampSecond = wrapGet(getTimestampSecond);
    GetVisitor.prototype.visitTimestampMillisecond = wrapGet(getTimestampMillisecond);
    GetVisitor.prototype.visitTimestampMicrosecond = wrapGet(getTimestampMicrosecond);
    GetVisitor.prototype.visitTimestampNanosecond = wrapGet(getTimestampNanosecond);
    GetVisitor.prototype.visitTime = wrapGet(getTime);
    GetVisitor.prototype.visitTimeSecond = wrapGet(getTimeSecond);
    GetVisitor.prototype.visitTimeMillisecond = wrapGet(getTimeMillisecond);
    GetVisitor.prototype.visitTimeMicrosecond = wrapGet(getTimeMicrosecond);
    GetVisitor.prototype.visitTimeNanosecond = wrapGet(getTimeNanosecond);
    GetVisitor.prototype.visitDecimal = wrapGet(getDecimal);
    GetVisitor.prototype.visitList = wrapGet(getList);
    GetVisitor.prototype.visitLargeList = wrapGet(getList);
    GetVisitor.prototype.visitStruct = wrapGet(getStruct);
    GetVisitor.prototype.visitUnion = wrapGet(getUnion);
    GetVisitor.prototype.visitDenseUnion = wrapGet(getDenseUnion);
    GetVisitor.prototype.visitSparseUnion = wrapGet(getSparseUnion);
    GetVisitor.prototype.visitDictionary = wrapGet(getDictionary);
    GetVisitor.prototype.visitInterval = wrapGet(getInterval);
    GetVisitor.prototype.visitIntervalDayTime = wrapGet(getIntervalDayTime);
    GetVisitor.prototype.visitIntervalYearMonth = wrapGet(getIntervalYearMonth);
    GetVisitor.prototype.visitIntervalMonthDayNano = wrapGet(getIntervalMonthDayNano);
    GetVisitor.prototype.visitDuration = wrapGet(getDuration);
    GetVisitor.prototype.visitDurationSecond = wrapGet(getDurationSecond);
    GetVisitor.prototype.visitDurationMillisecond = wrapGet(getDurationMillisecond);
    GetVisitor.prototype.visitDurationMicrosecond = wrapGet(getDurationMicrosecond);
    GetVisitor.prototype.visitDurationNanosecond = wrapGet(getDurationNanosecond);
    GetVisitor.prototype.visitFixedSizeList = wrapGet(getFixedSizeList);
    GetVisitor.prototype.visitMap = wrapGet(getMap);
    instance3 = new GetVisitor();
  }
});

// node_modules/apache-arrow/row/map.mjs
var kKeys, kVals, kKeysAsStrings, _kKeysAsStrings, MapRow, MapRowIterator, MapRowProxyHandler;
var init_map2 = __esm({
  "node_modules/apache-arrow/row/map.mjs"() {
    init_vector2();
    init_pretty();
    init_get();
    init_set();
    kKeys = /* @__PURE__ */ Symbol.for("keys");
    kVals = /* @__PURE__ */ Symbol.for("vals");
    kKeysAsStrings = /* @__PURE__ */ Symbol.for("kKeysAsStrings");
    _kKeysAsStrings = /* @__PURE__ */ Symbol.for("_kKeysAsStrings");
    MapRow = class {
      constructor(slice) {
        this[kKeys] = new Vector([slice.children[0]]).memoize();
        this[kVals] = slice.children[1];
        return new Proxy(this, new MapRowProxyHandler());
      }
      /** @ignore */
      get [kKeysAsStrings]() {
        return this[_kKeysAsStrings] || (this[_kKeysAsStrings] = Array.from(this[kKeys].toArray(), String));
      }
      [Symbol.iterator]() {
        return new MapRowIterator(this[kKeys], this[kVals]);
      }
      get size() {
        return this[kKeys].length;
      }
      toArray() {
        return Object.values(this.toJSON());
      }
      toJSON() {
        const keys = this[kKeys];
        const vals = this[kVals];
        const json = {};
        for (let i2 = -1, n = keys.length; ++i2 < n; ) {
          json[keys.get(i2)] = instance3.visit(vals, i2);
        }
        return json;
      }
      toString() {
        return `{${[...this].map(([key, val]) => `${valueToString(key)}: ${valueToString(val)}`).join(", ")}}`;
      }
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        return this.toString();
      }
    };
    MapRowIterator = class {
      constructor(keys, vals) {
        this.keys = keys;
        this.vals = vals;
        this.keyIndex = 0;
        this.numKeys = keys.length;
      }
      [Symbol.iterator]() {
        return this;
      }
      next() {
        const i2 = this.keyIndex;
        if (i2 === this.numKeys) {
          return { done: true, value: null };
        }
        this.keyIndex++;
        return {
          done: false,
          value: [
            this.keys.get(i2),
            instance3.visit(this.vals, i2)
          ]
        };
      }
    };
    MapRowProxyHandler = class {
      isExtensible() {
        return false;
      }
      deleteProperty() {
        return false;
      }
      preventExtensions() {
        return true;
      }
      ownKeys(row) {
        return row[kKeysAsStrings];
      }
      has(row, key) {
        return row[kKeysAsStrings].includes(key);
      }
      getOwnPropertyDescriptor(row, key) {
        const idx = row[kKeysAsStrings].indexOf(key);
        if (idx !== -1) {
          return { writable: true, enumerable: true, configurable: true };
        }
        return;
      }
      get(row, key) {
        if (Reflect.has(row, key)) {
          return row[key];
        }
        const idx = row[kKeysAsStrings].indexOf(key);
        if (idx !== -1) {
          const val = instance3.visit(Reflect.get(row, kVals), idx);
          Reflect.set(row, key, val);
          return val;
        }
      }
      set(row, key, val) {
        const idx = row[kKeysAsStrings].indexOf(key);
        if (idx !== -1) {
          instance2.visit(Reflect.get(row, kVals), idx, val);
          return Reflect.set(row, key, val);
        } else if (Reflect.has(row, key)) {
          return Reflect.set(row, key, val);
        }
        return false;
      }
    };
    Object.defineProperties(MapRow.prototype, {
      [Symbol.toStringTag]: { enumerable: false, configurable: false, value: "Row" },
      [kKeys]: { writable: true, enumerable: false, configurable: false, value: null },
      [kVals]: { writable: true, enumerable: false, configurable: false, value: null },
      [_kKeysAsStrings]: { writable: true, enumerable: false, configurable: false, value: null }
    });
  }
});

// node_modules/apache-arrow/util/vector.mjs
var vector_exports = {};
__export(vector_exports, {
  clampRange: () => clampRange,
  createElementComparator: () => createElementComparator,
  wrapIndex: () => wrapIndex
});
function clampRange(source, begin, end, then) {
  const { length: len = 0 } = source;
  let lhs = typeof begin !== "number" ? 0 : begin;
  let rhs = typeof end !== "number" ? len : end;
  lhs < 0 && (lhs = (lhs % len + len) % len);
  rhs < 0 && (rhs = (rhs % len + len) % len);
  rhs < lhs && (tmp = lhs, lhs = rhs, rhs = tmp);
  rhs > len && (rhs = len);
  return then ? then(source, lhs, rhs) : [lhs, rhs];
}
function createElementComparator(search) {
  const typeofSearch = typeof search;
  if (typeofSearch !== "object" || search === null) {
    if (isNaNFast(search)) {
      return isNaNFast;
    }
    return (value) => value === search;
  }
  if (search instanceof Date) {
    const valueOfSearch = search.valueOf();
    return (value) => value instanceof Date ? value.valueOf() === valueOfSearch : false;
  }
  if (ArrayBuffer.isView(search)) {
    return (value) => value ? compareArrayLike(search, value) : false;
  }
  if (search instanceof Map) {
    return createMapComparator(search);
  }
  if (Array.isArray(search)) {
    return createArrayLikeComparator(search);
  }
  if (search instanceof Vector) {
    return createVectorComparator(search);
  }
  return createObjectComparator(search, true);
}
function createArrayLikeComparator(lhs) {
  const comparators = [];
  for (let i2 = -1, n = lhs.length; ++i2 < n; ) {
    comparators[i2] = createElementComparator(lhs[i2]);
  }
  return createSubElementsComparator(comparators);
}
function createMapComparator(lhs) {
  let i2 = -1;
  const comparators = [];
  for (const v of lhs.values())
    comparators[++i2] = createElementComparator(v);
  return createSubElementsComparator(comparators);
}
function createVectorComparator(lhs) {
  const comparators = [];
  for (let i2 = -1, n = lhs.length; ++i2 < n; ) {
    comparators[i2] = createElementComparator(lhs.get(i2));
  }
  return createSubElementsComparator(comparators);
}
function createObjectComparator(lhs, allowEmpty = false) {
  const keys = Object.keys(lhs);
  if (!allowEmpty && keys.length === 0) {
    return () => false;
  }
  const comparators = [];
  for (let i2 = -1, n = keys.length; ++i2 < n; ) {
    comparators[i2] = createElementComparator(lhs[keys[i2]]);
  }
  return createSubElementsComparator(comparators, keys);
}
function createSubElementsComparator(comparators, keys) {
  return (rhs) => {
    if (!rhs || typeof rhs !== "object") {
      return false;
    }
    switch (rhs.constructor) {
      case Array:
        return compareArray(comparators, rhs);
      case Map:
        return compareObject(comparators, rhs, rhs.keys());
      case MapRow:
      case StructRow:
      case Object:
      case void 0:
        return compareObject(comparators, rhs, keys || Object.keys(rhs));
    }
    return rhs instanceof Vector ? compareVector(comparators, rhs) : false;
  };
}
function compareArray(comparators, arr) {
  const n = comparators.length;
  if (arr.length !== n) {
    return false;
  }
  for (let i2 = -1; ++i2 < n; ) {
    if (!comparators[i2](arr[i2])) {
      return false;
    }
  }
  return true;
}
function compareVector(comparators, vec) {
  const n = comparators.length;
  if (vec.length !== n) {
    return false;
  }
  for (let i2 = -1; ++i2 < n; ) {
    if (!comparators[i2](vec.get(i2))) {
      return false;
    }
  }
  return true;
}
function compareObject(comparators, obj, keys) {
  const lKeyItr = keys[Symbol.iterator]();
  const rKeyItr = obj instanceof Map ? obj.keys() : Object.keys(obj)[Symbol.iterator]();
  const rValItr = obj instanceof Map ? obj.values() : Object.values(obj)[Symbol.iterator]();
  let i2 = 0;
  const n = comparators.length;
  let rVal = rValItr.next();
  let lKey = lKeyItr.next();
  let rKey = rKeyItr.next();
  for (; i2 < n && !lKey.done && !rKey.done && !rVal.done; ++i2, lKey = lKeyItr.next(), rKey = rKeyItr.next(), rVal = rValItr.next()) {
    if (lKey.value !== rKey.value || !comparators[i2](rVal.value)) {
      break;
    }
  }
  if (i2 === n && lKey.done && rKey.done && rVal.done) {
    return true;
  }
  lKeyItr.return && lKeyItr.return();
  rKeyItr.return && rKeyItr.return();
  rValItr.return && rValItr.return();
  return false;
}
var tmp, wrapIndex, isNaNFast;
var init_vector = __esm({
  "node_modules/apache-arrow/util/vector.mjs"() {
    init_vector2();
    init_map2();
    init_struct2();
    init_buffer();
    wrapIndex = (index, len) => index < 0 ? len + index : index;
    isNaNFast = (value) => value !== value;
  }
});

// node_modules/apache-arrow/util/bit.mjs
var bit_exports = {};
__export(bit_exports, {
  BitIterator: () => BitIterator,
  getBit: () => getBit,
  getBool: () => getBool2,
  packBools: () => packBools,
  popcnt_array: () => popcnt_array,
  popcnt_bit_range: () => popcnt_bit_range,
  popcnt_uint32: () => popcnt_uint32,
  setBool: () => setBool2,
  truncateBitmap: () => truncateBitmap
});
function getBool2(_data, _index, byte, bit) {
  return (byte & 1 << bit) !== 0;
}
function getBit(_data, _index, byte, bit) {
  return (byte & 1 << bit) >> bit;
}
function setBool2(bytes, index, value) {
  return value ? !!(bytes[index >> 3] |= 1 << index % 8) || true : !(bytes[index >> 3] &= ~(1 << index % 8)) && false;
}
function truncateBitmap(offset, length, bitmap) {
  const alignedSize = bitmap.byteLength + 7 & ~7;
  if (offset > 0 || bitmap.byteLength < alignedSize) {
    const bytes = new Uint8Array(alignedSize);
    bytes.set(offset % 8 === 0 ? bitmap.subarray(offset >> 3) : (
      // Otherwise iterate each bit from the offset and return a new one
      packBools(new BitIterator(bitmap, offset, length, null, getBool2)).subarray(0, alignedSize)
    ));
    return bytes;
  }
  return bitmap;
}
function packBools(values) {
  const xs = [];
  let i2 = 0, bit = 0, byte = 0;
  for (const value of values) {
    value && (byte |= 1 << bit);
    if (++bit === 8) {
      xs[i2++] = byte;
      byte = bit = 0;
    }
  }
  if (i2 === 0 || bit > 0) {
    xs[i2++] = byte;
  }
  const b = new Uint8Array(xs.length + 7 & ~7);
  b.set(xs);
  return b;
}
function popcnt_bit_range(data, lhs, rhs) {
  if (rhs - lhs <= 0) {
    return 0;
  }
  if (rhs - lhs < 8) {
    let sum = 0;
    for (const bit of new BitIterator(data, lhs, rhs - lhs, data, getBit)) {
      sum += bit;
    }
    return sum;
  }
  const rhsInside = rhs >> 3 << 3;
  const lhsInside = lhs + (lhs % 8 === 0 ? 0 : 8 - lhs % 8);
  return (
    // Get the popcnt of bits between the left hand side, and the next highest multiple of 8
    popcnt_bit_range(data, lhs, lhsInside) + // Get the popcnt of bits between the right hand side, and the next lowest multiple of 8
    popcnt_bit_range(data, rhsInside, rhs) + // Get the popcnt of all bits between the left and right hand sides' multiples of 8
    popcnt_array(data, lhsInside >> 3, rhsInside - lhsInside >> 3)
  );
}
function popcnt_array(arr, byteOffset, byteLength) {
  let cnt = 0, pos = Math.trunc(byteOffset);
  const view = new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
  const len = byteLength === void 0 ? arr.byteLength : pos + byteLength;
  while (len - pos >= 4) {
    cnt += popcnt_uint32(view.getUint32(pos));
    pos += 4;
  }
  while (len - pos >= 2) {
    cnt += popcnt_uint32(view.getUint16(pos));
    pos += 2;
  }
  while (len - pos >= 1) {
    cnt += popcnt_uint32(view.getUint8(pos));
    pos += 1;
  }
  return cnt;
}
function popcnt_uint32(uint32) {
  let i2 = Math.trunc(uint32);
  i2 = i2 - (i2 >>> 1 & 1431655765);
  i2 = (i2 & 858993459) + (i2 >>> 2 & 858993459);
  return (i2 + (i2 >>> 4) & 252645135) * 16843009 >>> 24;
}
var BitIterator;
var init_bit = __esm({
  "node_modules/apache-arrow/util/bit.mjs"() {
    BitIterator = class {
      constructor(bytes, begin, length, context, get) {
        this.bytes = bytes;
        this.length = length;
        this.context = context;
        this.get = get;
        this.bit = begin % 8;
        this.byteIndex = begin >> 3;
        this.byte = bytes[this.byteIndex++];
        this.index = 0;
      }
      next() {
        if (this.index < this.length) {
          if (this.bit === 8) {
            this.bit = 0;
            this.byte = this.bytes[this.byteIndex++];
          }
          return {
            value: this.get(this.context, this.index++, this.byte, this.bit++)
          };
        }
        return { done: true, value: null };
      }
      [Symbol.iterator]() {
        return this;
      }
    };
  }
});

// node_modules/apache-arrow/data.mjs
function makeData(props) {
  return makeDataVisitor.visit(props);
}
var kUnknownNullCount, kDataSymbol, Data, MakeDataVisitor, makeDataVisitor;
var init_data = __esm({
  "node_modules/apache-arrow/data.mjs"() {
    init_vector2();
    init_enum();
    init_type2();
    init_bit();
    init_type2();
    init_visitor();
    init_buffer();
    kUnknownNullCount = -1;
    kDataSymbol = /* @__PURE__ */ Symbol.for("apache-arrow/Data");
    Data = class _Data {
      /**
       * Check if an object is an instance of Data.
       * This works across different instances of the Arrow library.
       */
      /** @nocollapse */
      static isData(x) {
        return (x === null || x === void 0 ? void 0 : x[kDataSymbol]) === true;
      }
      get typeId() {
        return this.type.typeId;
      }
      get ArrayType() {
        return this.type.ArrayType;
      }
      get buffers() {
        return [this.valueOffsets, this.values, this.nullBitmap, this.typeIds];
      }
      get nullable() {
        if (this._nullCount !== 0) {
          const { type } = this;
          if (DataType.isSparseUnion(type)) {
            return this.children.some((child) => child.nullable);
          } else if (DataType.isDenseUnion(type)) {
            return this.children.some((child) => child.nullable);
          }
          return this.nullBitmap && this.nullBitmap.byteLength > 0;
        }
        return true;
      }
      get byteLength() {
        let byteLength = 0;
        const { valueOffsets, values, nullBitmap, typeIds } = this;
        valueOffsets && (byteLength += valueOffsets.byteLength);
        values && (byteLength += values.byteLength);
        nullBitmap && (byteLength += nullBitmap.byteLength);
        typeIds && (byteLength += typeIds.byteLength);
        byteLength += this.variadicBuffers.reduce((size, data) => {
          var _a5;
          return size + ((_a5 = data === null || data === void 0 ? void 0 : data.byteLength) !== null && _a5 !== void 0 ? _a5 : 0);
        }, 0);
        return this.children.reduce((byteLength2, child) => byteLength2 + child.byteLength, byteLength);
      }
      get nullCount() {
        if (DataType.isUnion(this.type)) {
          return this.children.reduce((nullCount2, child) => nullCount2 + child.nullCount, 0);
        }
        let nullCount = this._nullCount;
        let nullBitmap;
        if (nullCount <= kUnknownNullCount && (nullBitmap = this.nullBitmap)) {
          this._nullCount = nullCount = nullBitmap.length === 0 ? (
            // no null bitmap, so all values are valid
            0
          ) : this.length - popcnt_bit_range(nullBitmap, this.offset, this.offset + this.length);
        }
        return nullCount;
      }
      constructor(type, offset, length, nullCount, buffers, children = [], dictionary, variadicBuffers = []) {
        var _a5;
        this.type = type;
        this.children = children;
        this.dictionary = dictionary;
        this.offset = Math.floor(Math.max(offset || 0, 0));
        this.length = Math.floor(Math.max(length || 0, 0));
        this._nullCount = Math.floor(Math.max(nullCount || 0, -1));
        let buffer;
        if (buffers instanceof _Data) {
          this.stride = buffers.stride;
          this.values = buffers.values;
          this.typeIds = buffers.typeIds;
          this.nullBitmap = buffers.nullBitmap;
          this.valueOffsets = buffers.valueOffsets;
          this.variadicBuffers = buffers.variadicBuffers;
        } else {
          this.stride = strideForType(type);
          if (buffers) {
            (buffer = buffers[0]) && (this.valueOffsets = buffer);
            (buffer = buffers[1]) && (this.values = buffer);
            (buffer = buffers[2]) && (this.nullBitmap = buffer);
            (buffer = buffers[3]) && (this.typeIds = buffer);
          }
          this.variadicBuffers = variadicBuffers;
        }
        (_a5 = this.variadicBuffers) !== null && _a5 !== void 0 ? _a5 : this.variadicBuffers = [];
      }
      getValid(index) {
        const { type } = this;
        if (DataType.isUnion(type)) {
          const union = type;
          const typeId = this.typeIds[index];
          const childIndex = union.typeIdToChildIndex[typeId];
          const child = this.children[childIndex];
          const valueOffsets = this.valueOffsets;
          const indexInChild = union.mode === UnionMode.Dense && valueOffsets ? Number(valueOffsets[index]) : index;
          return child.getValid(indexInChild);
        }
        if (this.nullable && this.nullCount > 0) {
          const pos = this.offset + index;
          const val = this.nullBitmap[pos >> 3];
          return (val & 1 << pos % 8) !== 0;
        }
        return true;
      }
      setValid(index, value) {
        let prev;
        const { type } = this;
        if (DataType.isUnion(type)) {
          const union = type;
          const typeId = this.typeIds[index];
          const childIndex = union.typeIdToChildIndex[typeId];
          const child = this.children[childIndex];
          const valueOffsets = this.valueOffsets;
          const indexInChild = union.mode === UnionMode.Dense && valueOffsets ? Number(valueOffsets[index]) : index;
          prev = child.getValid(indexInChild);
          child.setValid(indexInChild, value);
        } else {
          let { nullBitmap } = this;
          const { offset, length } = this;
          const idx = offset + index;
          const mask = 1 << idx % 8;
          const byteOffset = idx >> 3;
          if (!nullBitmap || nullBitmap.byteLength <= byteOffset) {
            nullBitmap = new Uint8Array((offset + length + 63 & ~63) >> 3).fill(255);
            if (this.nullCount > 0) {
              nullBitmap.set(truncateBitmap(offset, length, this.nullBitmap), 0);
              Object.assign(this, { nullBitmap });
            } else {
              Object.assign(this, { nullBitmap, _nullCount: 0 });
            }
          }
          const byte = nullBitmap[byteOffset];
          prev = (byte & mask) !== 0;
          nullBitmap[byteOffset] = value ? byte | mask : byte & ~mask;
        }
        if (prev !== !!value) {
          this._nullCount = this.nullCount + (value ? -1 : 1);
        }
        return value;
      }
      clone(type = this.type, offset = this.offset, length = this.length, nullCount = this._nullCount, buffers = this, children = this.children, variadicBuffers = this.variadicBuffers) {
        return new _Data(type, offset, length, nullCount, buffers, children, this.dictionary, variadicBuffers);
      }
      slice(offset, length) {
        const { stride, typeId, children } = this;
        const nullCount = +(this._nullCount === 0) - 1;
        const childStride = typeId === 16 ? stride : 1;
        const buffers = this._sliceBuffers(offset, length, stride, typeId);
        return this.clone(
          this.type,
          this.offset + offset,
          length,
          nullCount,
          buffers,
          // Don't slice children if we have value offsets (the variable-width types)
          children.length === 0 || this.valueOffsets ? children : this._sliceChildren(children, childStride * offset, childStride * length),
          this.variadicBuffers
        );
      }
      _changeLengthAndBackfillNullBitmap(newLength) {
        if (this.typeId === Type2.Null) {
          return this.clone(this.type, 0, newLength, 0, this.buffers, this.children, this.variadicBuffers);
        }
        const { length, nullCount } = this;
        const bitmap = new Uint8Array((newLength + 63 & ~63) >> 3).fill(255, 0, length >> 3);
        bitmap[length >> 3] = (1 << length - (length & ~7)) - 1;
        if (nullCount > 0) {
          bitmap.set(truncateBitmap(this.offset, length, this.nullBitmap), 0);
        }
        const buffers = this.buffers;
        buffers[BufferType.VALIDITY] = bitmap;
        return this.clone(this.type, 0, newLength, nullCount + (newLength - length), buffers, this.children, this.variadicBuffers);
      }
      _sliceBuffers(offset, length, stride, typeId) {
        let arr;
        const { buffers } = this;
        (arr = buffers[BufferType.TYPE]) && (buffers[BufferType.TYPE] = arr.subarray(offset, offset + length));
        if (DataType.isBinaryView(this.type) || DataType.isUtf8View(this.type)) {
          const width = BinaryView2.ELEMENT_WIDTH;
          (arr = buffers[BufferType.DATA]) && (buffers[BufferType.DATA] = arr.subarray(offset * width, (offset + length) * width));
        } else {
          (arr = buffers[BufferType.OFFSET]) && (buffers[BufferType.OFFSET] = arr.subarray(offset, offset + length + 1)) || // Otherwise if no offsets, slice the data buffer. Don't slice the data vector for Booleans, since the offset goes by bits not bytes
          (arr = buffers[BufferType.DATA]) && (buffers[BufferType.DATA] = typeId === 6 ? arr : arr.subarray(stride * offset, stride * (offset + length)));
        }
        return buffers;
      }
      _sliceChildren(children, offset, length) {
        return children.map((child) => child.slice(offset, length));
      }
    };
    Data.prototype.children = Object.freeze([]);
    Data.prototype[kDataSymbol] = true;
    Object.defineProperty(Data, Symbol.hasInstance, {
      value: function isDataInstance(instance9) {
        return Function.prototype[Symbol.hasInstance].call(this, instance9) || this === Data && Data.isData(instance9);
      }
    });
    MakeDataVisitor = class _MakeDataVisitor extends Visitor {
      visit(props) {
        return this.getVisitFn(props["type"]).call(this, props);
      }
      visitNull(props) {
        const { ["type"]: type, ["offset"]: offset = 0, ["length"]: length = 0 } = props;
        return new Data(type, offset, length, length);
      }
      visitBool(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const data = toArrayBufferView(type.ArrayType, props["data"]);
        const { ["length"]: length = data.length >> 3, ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, data, nullBitmap]);
      }
      visitInt(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const data = toArrayBufferView(type.ArrayType, props["data"]);
        const { ["length"]: length = data.length, ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, data, nullBitmap]);
      }
      visitFloat(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const data = toArrayBufferView(type.ArrayType, props["data"]);
        const { ["length"]: length = data.length, ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, data, nullBitmap]);
      }
      visitUtf8(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const data = toUint8Array(props["data"]);
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const valueOffsets = toInt32Array(props["valueOffsets"]);
        const { ["length"]: length = valueOffsets.length - 1, ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [valueOffsets, data, nullBitmap]);
      }
      visitUtf8View(props) {
        var _a5;
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const views = toArrayBufferView(type.ArrayType, props["views"]);
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const variadicBuffers = (props["variadicBuffers"] || []).map((buffer) => toUint8Array(buffer));
        const length = (_a5 = props["length"]) !== null && _a5 !== void 0 ? _a5 : Math.trunc(views.length / Utf8View2.ELEMENT_WIDTH);
        const nullCount = props["nullBitmap"] ? -1 : 0;
        return new Data(type, offset, length, nullCount, [void 0, views, nullBitmap], [], void 0, variadicBuffers);
      }
      visitLargeUtf8(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const data = toUint8Array(props["data"]);
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const valueOffsets = toBigInt64Array(props["valueOffsets"]);
        const { ["length"]: length = valueOffsets.length - 1, ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [valueOffsets, data, nullBitmap]);
      }
      visitBinary(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const data = toUint8Array(props["data"]);
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const valueOffsets = toInt32Array(props["valueOffsets"]);
        const { ["length"]: length = valueOffsets.length - 1, ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [valueOffsets, data, nullBitmap]);
      }
      visitBinaryView(props) {
        var _a5;
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const views = toArrayBufferView(type.ArrayType, props["views"]);
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const variadicBuffers = (props["variadicBuffers"] || []).map((buffer) => toUint8Array(buffer));
        const length = (_a5 = props["length"]) !== null && _a5 !== void 0 ? _a5 : Math.trunc(views.length / BinaryView2.ELEMENT_WIDTH);
        const nullCount = props["nullBitmap"] ? -1 : 0;
        return new Data(type, offset, length, nullCount, [void 0, views, nullBitmap], [], void 0, variadicBuffers);
      }
      visitLargeBinary(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const data = toUint8Array(props["data"]);
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const valueOffsets = toBigInt64Array(props["valueOffsets"]);
        const { ["length"]: length = valueOffsets.length - 1, ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [valueOffsets, data, nullBitmap]);
      }
      visitFixedSizeBinary(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const data = toArrayBufferView(type.ArrayType, props["data"]);
        const { ["length"]: length = data.length / strideForType(type), ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, data, nullBitmap]);
      }
      visitDate(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const data = toArrayBufferView(type.ArrayType, props["data"]);
        const { ["length"]: length = data.length / strideForType(type), ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, data, nullBitmap]);
      }
      visitTimestamp(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const data = toArrayBufferView(type.ArrayType, props["data"]);
        const { ["length"]: length = data.length / strideForType(type), ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, data, nullBitmap]);
      }
      visitTime(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const data = toArrayBufferView(type.ArrayType, props["data"]);
        const { ["length"]: length = data.length / strideForType(type), ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, data, nullBitmap]);
      }
      visitDecimal(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const data = toArrayBufferView(type.ArrayType, props["data"]);
        const { ["length"]: length = data.length / strideForType(type), ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, data, nullBitmap]);
      }
      visitList(props) {
        const { ["type"]: type, ["offset"]: offset = 0, ["child"]: child } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const valueOffsets = toInt32Array(props["valueOffsets"]);
        const { ["length"]: length = valueOffsets.length - 1, ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [valueOffsets, void 0, nullBitmap], [child]);
      }
      visitLargeList(props) {
        const { ["type"]: type, ["offset"]: offset = 0, ["child"]: child } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const valueOffsets = toBigInt64Array(props["valueOffsets"]);
        const { ["length"]: length = valueOffsets.length - 1, ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [valueOffsets, void 0, nullBitmap], [child]);
      }
      visitStruct(props) {
        const { ["type"]: type, ["offset"]: offset = 0, ["children"]: children = [] } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const { length = children.reduce((len, { length: length2 }) => Math.max(len, length2), 0), nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, void 0, nullBitmap], children);
      }
      visitUnion(props) {
        const { ["type"]: type, ["offset"]: offset = 0, ["children"]: children = [] } = props;
        const typeIds = toArrayBufferView(type.ArrayType, props["typeIds"]);
        const { ["length"]: length = typeIds.length, ["nullCount"]: nullCount = -1 } = props;
        if (DataType.isSparseUnion(type)) {
          return new Data(type, offset, length, nullCount, [void 0, void 0, void 0, typeIds], children);
        }
        const valueOffsets = toInt32Array(props["valueOffsets"]);
        return new Data(type, offset, length, nullCount, [valueOffsets, void 0, void 0, typeIds], children);
      }
      visitDictionary(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const data = toArrayBufferView(type.indices.ArrayType, props["data"]);
        const { ["dictionary"]: dictionary = new Vector([new _MakeDataVisitor().visit({ type: type.dictionary })]) } = props;
        const { ["length"]: length = data.length, ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, data, nullBitmap], [], dictionary);
      }
      visitInterval(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const data = toArrayBufferView(type.ArrayType, props["data"]);
        const { ["length"]: length = data.length / strideForType(type), ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, data, nullBitmap]);
      }
      visitDuration(props) {
        const { ["type"]: type, ["offset"]: offset = 0 } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const data = toArrayBufferView(type.ArrayType, props["data"]);
        const { ["length"]: length = data.length, ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, data, nullBitmap]);
      }
      visitFixedSizeList(props) {
        const { ["type"]: type, ["offset"]: offset = 0, ["child"]: child = new _MakeDataVisitor().visit({ type: type.valueType }) } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const { ["length"]: length = child.length / strideForType(type), ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [void 0, void 0, nullBitmap], [child]);
      }
      visitMap(props) {
        const { ["type"]: type, ["offset"]: offset = 0, ["child"]: child = new _MakeDataVisitor().visit({ type: type.childType }) } = props;
        const nullBitmap = toUint8Array(props["nullBitmap"]);
        const valueOffsets = toInt32Array(props["valueOffsets"]);
        const { ["length"]: length = valueOffsets.length - 1, ["nullCount"]: nullCount = props["nullBitmap"] ? -1 : 0 } = props;
        return new Data(type, offset, length, nullCount, [valueOffsets, void 0, nullBitmap], [child]);
      }
    };
    makeDataVisitor = new MakeDataVisitor();
  }
});

// node_modules/apache-arrow/util/chunk.mjs
function computeChunkNullable(chunks) {
  return chunks.some((chunk) => chunk.nullable);
}
function computeChunkNullCounts(chunks) {
  return chunks.reduce((nullCount, chunk) => nullCount + chunk.nullCount, 0);
}
function computeChunkOffsets(chunks) {
  return chunks.reduce((offsets, chunk, index) => {
    offsets[index + 1] = offsets[index] + chunk.length;
    return offsets;
  }, new Uint32Array(chunks.length + 1));
}
function sliceChunks(chunks, offsets, begin, end) {
  const slices = [];
  for (let i2 = -1, n = chunks.length; ++i2 < n; ) {
    const chunk = chunks[i2];
    const offset = offsets[i2];
    const { length } = chunk;
    if (offset >= end) {
      break;
    }
    if (begin >= offset + length) {
      continue;
    }
    if (offset >= begin && offset + length <= end) {
      slices.push(chunk);
      continue;
    }
    const from = Math.max(0, begin - offset);
    const to = Math.min(end - offset, length);
    slices.push(chunk.slice(from, to - from));
  }
  if (slices.length === 0) {
    slices.push(chunks[0].slice(0, 0));
  }
  return slices;
}
function binarySearch(chunks, offsets, idx, fn) {
  let lhs = 0, mid = 0, rhs = offsets.length - 1;
  do {
    if (lhs >= rhs - 1) {
      return idx < offsets[rhs] ? fn(chunks, lhs, idx - offsets[lhs]) : null;
    }
    mid = lhs + Math.trunc((rhs - lhs) * 0.5);
    idx < offsets[mid] ? rhs = mid : lhs = mid;
  } while (lhs < rhs);
}
function isChunkedValid(data, index) {
  return data.getValid(index);
}
function wrapChunkedCall1(fn) {
  function chunkedFn(chunks, i2, j) {
    return fn(chunks[i2], j);
  }
  return function(index) {
    const data = this.data;
    return binarySearch(data, this._offsets, index, chunkedFn);
  };
}
function wrapChunkedCall2(fn) {
  let _2;
  function chunkedFn(chunks, i2, j) {
    return fn(chunks[i2], j, _2);
  }
  return function(index, value) {
    const data = this.data;
    _2 = value;
    const result = binarySearch(data, this._offsets, index, chunkedFn);
    _2 = void 0;
    return result;
  };
}
function wrapChunkedIndexOf(indexOf) {
  let _1;
  function chunkedIndexOf(data, chunkIndex, fromIndex) {
    let begin = fromIndex, index = 0, total = 0;
    for (let i2 = chunkIndex - 1, n = data.length; ++i2 < n; ) {
      const chunk = data[i2];
      if (~(index = indexOf(chunk, _1, begin))) {
        return total + index;
      }
      begin = 0;
      total += chunk.length;
    }
    return -1;
  }
  return function(element, offset) {
    _1 = element;
    const data = this.data;
    const result = typeof offset !== "number" ? chunkedIndexOf(data, 0, 0) : binarySearch(data, this._offsets, offset, chunkedIndexOf);
    _1 = void 0;
    return result;
  };
}
var ChunkedIterator;
var init_chunk = __esm({
  "node_modules/apache-arrow/util/chunk.mjs"() {
    ChunkedIterator = class {
      constructor(numChunks = 0, getChunkIterator) {
        this.numChunks = numChunks;
        this.getChunkIterator = getChunkIterator;
        this.chunkIndex = 0;
        this.chunkIterator = this.getChunkIterator(0);
      }
      next() {
        while (this.chunkIndex < this.numChunks) {
          const next = this.chunkIterator.next();
          if (!next.done) {
            return next;
          }
          if (++this.chunkIndex < this.numChunks) {
            this.chunkIterator = this.getChunkIterator(this.chunkIndex);
          }
        }
        return { done: true, value: null };
      }
      [Symbol.iterator]() {
        return this;
      }
    };
  }
});

// node_modules/apache-arrow/visitor/indexof.mjs
function nullIndexOf(data, searchElement) {
  return searchElement === null && data.length > 0 ? 0 : -1;
}
function indexOfNull(data, fromIndex) {
  const { nullBitmap } = data;
  if (!nullBitmap || data.nullCount <= 0) {
    return -1;
  }
  let i2 = 0;
  for (const isValid of new BitIterator(nullBitmap, data.offset + (fromIndex || 0), data.length, nullBitmap, getBool2)) {
    if (!isValid) {
      return i2;
    }
    ++i2;
  }
  return -1;
}
function indexOfValue(data, searchElement, fromIndex) {
  if (searchElement === void 0) {
    return -1;
  }
  if (searchElement === null) {
    switch (data.typeId) {
      // Unions don't have a nullBitmap of its own, so compare the `searchElement` to `get()`.
      case Type2.Union:
        break;
      // Dictionaries do have a nullBitmap, but their dictionary could also have null elements.
      case Type2.Dictionary:
        break;
      // All other types can iterate the null bitmap
      default:
        return indexOfNull(data, fromIndex);
    }
  }
  const get = instance3.getVisitFn(data);
  const compare = createElementComparator(searchElement);
  for (let i2 = (fromIndex || 0) - 1, n = data.length; ++i2 < n; ) {
    if (compare(get(data, i2))) {
      return i2;
    }
  }
  return -1;
}
function indexOfUnion(data, searchElement, fromIndex) {
  const get = instance3.getVisitFn(data);
  const compare = createElementComparator(searchElement);
  for (let i2 = (fromIndex || 0) - 1, n = data.length; ++i2 < n; ) {
    if (compare(get(data, i2))) {
      return i2;
    }
  }
  return -1;
}
var IndexOfVisitor, instance4;
var init_indexof = __esm({
  "node_modules/apache-arrow/visitor/indexof.mjs"() {
    init_enum();
    init_visitor();
    init_get();
    init_bit();
    init_vector();
    IndexOfVisitor = class extends Visitor {
    };
    IndexOfVisitor.prototype.visitNull = nullIndexOf;
    IndexOfVisitor.prototype.visitBool = indexOfValue;
    IndexOfVisitor.prototype.visitInt = indexOfValue;
    IndexOfVisitor.prototype.visitInt8 = indexOfValue;
    IndexOfVisitor.prototype.visitInt16 = indexOfValue;
    IndexOfVisitor.prototype.visitInt32 = indexOfValue;
    IndexOfVisitor.prototype.visitInt64 = indexOfValue;
    IndexOfVisitor.prototype.visitUint8 = indexOfValue;
    IndexOfVisitor.prototype.visitUint16 = indexOfValue;
    IndexOfVisitor.prototype.visitUint32 = indexOfValue;
    IndexOfVisitor.prototype.visitUint64 = indexOfValue;
    IndexOfVisitor.prototype.visitFloat = indexOfValue;
    IndexOfVisitor.prototype.visitFloat16 = indexOfValue;
    IndexOfVisitor.prototype.visitFloat32 = indexOfValue;
    IndexOfVisitor.prototype.visitFloat64 = indexOfValue;
    IndexOfVisitor.prototype.visitUtf8 = indexOfValue;
    IndexOfVisitor.prototype.visitLargeUtf8 = indexOfValue;
    IndexOfVisitor.prototype.visitUtf8View = indexOfValue;
    IndexOfVisitor.prototype.visitBinary = indexOfValue;
    IndexOfVisitor.prototype.visitLargeBinary = indexOfValue;
    IndexOfVisitor.prototype.visitBinaryView = indexOfValue;
    IndexOfVisitor.prototype.visitFixedSizeBinary = indexOfValue;
    IndexOfVisitor.prototype.visitDate = indexOfValue;
    IndexOfVisitor.prototype.visitDateDay = indexOfValue;
    IndexOfVisitor.prototype.visitDateMillisecond = indexOfValue;
    IndexOfVisitor.prototype.visitTimestamp = indexOfValue;
    IndexOfVisitor.prototype.visitTimestampSecond = indexOfValue;
    IndexOfVisitor.prototype.visitTimestampMillisecond = indexOfValue;
    IndexOfVisitor.prototype.visitTimestampMicrosecond = indexOfValue;
    IndexOfVisitor.prototype.visitTimestampNanosecond = indexOfValue;
    IndexOfVisitor.prototype.visitTime = indexOfValue;
    IndexOfVisitor.prototype.visitTimeSecond = indexOfValue;
    IndexOfVisitor.prototype.visitTimeMillisecond = indexOfValue;
    IndexOfVisitor.prototype.visitTimeMicrosecond = indexOfValue;
    IndexOfVisitor.prototype.visitTimeNanosecond = indexOfValue;
    IndexOfVisitor.prototype.visitDecimal = indexOfValue;
    IndexOfVisitor.prototype.visitList = indexOfValue;
    IndexOfVisitor.prototype.visitLargeList = indexOfValue;
    IndexOfVisitor.prototype.visitStruct = indexOfValue;
    IndexOfVisitor.prototype.visitUnion = indexOfValue;
    IndexOfVisitor.prototype.visitDenseUnion = indexOfUnion;
    IndexOfVisitor.prototype.visitSparseUnion = indexOfUnion;
    IndexOfVisitor.prototype.visitDictionary = indexOfValue;
    IndexOfVisitor.prototype.visitInterval = indexOfValue;
    IndexOfVisitor.prototype.visitIntervalDayTime = indexOfValue;
    IndexOfVisitor.prototype.visitIntervalYearMonth = indexOfValue;
    IndexOfVisitor.prototype.visitIntervalMonthDayNano = indexOfValue;
    IndexOfVisitor.prototype.visitDuration = indexOfValue;
    IndexOfVisitor.prototype.visitDurationSecond = indexOfValue;
    IndexOfVisitor.prototype.visitDurationMillisecond = indexOfValue;
    IndexOfVisitor.prototype.visitDurationMicrosecond = indexOfValue;
    IndexOfVisitor.prototype.visitDurationNanosecond = indexOfValue;
    IndexOfVisitor.prototype.visitFixedSizeList = indexOfValue;
    IndexOfVisitor.prototype.visitMap = indexOfValue;
    instance4 = new IndexOfVisitor();
  }
});

// node_modules/apache-arrow/visitor/iterator.mjs
function vectorIterator(vector) {
  const { type } = vector;
  if (vector.nullCount === 0 && vector.stride === 1 && // Don't defer to native iterator for timestamps since Numbers are expected
  // (DataType.isTimestamp(type)) && type.unit === TimeUnit.MILLISECOND ||
  (DataType.isInt(type) && type.bitWidth !== 64 || DataType.isTime(type) && type.bitWidth !== 64 || DataType.isFloat(type) && type.precision !== Precision.HALF)) {
    return new ChunkedIterator(vector.data.length, (chunkIndex) => {
      const data = vector.data[chunkIndex];
      return data.values.subarray(0, data.length)[Symbol.iterator]();
    });
  }
  let offset = 0;
  return new ChunkedIterator(vector.data.length, (chunkIndex) => {
    const data = vector.data[chunkIndex];
    const length = data.length;
    const inner = vector.slice(offset, offset + length);
    offset += length;
    return new VectorIterator(inner);
  });
}
var IteratorVisitor, VectorIterator, instance5;
var init_iterator = __esm({
  "node_modules/apache-arrow/visitor/iterator.mjs"() {
    init_visitor();
    init_enum();
    init_type2();
    init_chunk();
    IteratorVisitor = class extends Visitor {
    };
    VectorIterator = class {
      constructor(vector) {
        this.vector = vector;
        this.index = 0;
      }
      next() {
        if (this.index < this.vector.length) {
          return {
            value: this.vector.get(this.index++)
          };
        }
        return { done: true, value: null };
      }
      [Symbol.iterator]() {
        return this;
      }
    };
    IteratorVisitor.prototype.visitNull = vectorIterator;
    IteratorVisitor.prototype.visitBool = vectorIterator;
    IteratorVisitor.prototype.visitInt = vectorIterator;
    IteratorVisitor.prototype.visitInt8 = vectorIterator;
    IteratorVisitor.prototype.visitInt16 = vectorIterator;
    IteratorVisitor.prototype.visitInt32 = vectorIterator;
    IteratorVisitor.prototype.visitInt64 = vectorIterator;
    IteratorVisitor.prototype.visitUint8 = vectorIterator;
    IteratorVisitor.prototype.visitUint16 = vectorIterator;
    IteratorVisitor.prototype.visitUint32 = vectorIterator;
    IteratorVisitor.prototype.visitUint64 = vectorIterator;
    IteratorVisitor.prototype.visitFloat = vectorIterator;
    IteratorVisitor.prototype.visitFloat16 = vectorIterator;
    IteratorVisitor.prototype.visitFloat32 = vectorIterator;
    IteratorVisitor.prototype.visitFloat64 = vectorIterator;
    IteratorVisitor.prototype.visitUtf8 = vectorIterator;
    IteratorVisitor.prototype.visitLargeUtf8 = vectorIterator;
    IteratorVisitor.prototype.visitUtf8View = vectorIterator;
    IteratorVisitor.prototype.visitBinary = vectorIterator;
    IteratorVisitor.prototype.visitLargeBinary = vectorIterator;
    IteratorVisitor.prototype.visitBinaryView = vectorIterator;
    IteratorVisitor.prototype.visitFixedSizeBinary = vectorIterator;
    IteratorVisitor.prototype.visitDate = vectorIterator;
    IteratorVisitor.prototype.visitDateDay = vectorIterator;
    IteratorVisitor.prototype.visitDateMillisecond = vectorIterator;
    IteratorVisitor.prototype.visitTimestamp = vectorIterator;
    IteratorVisitor.prototype.visitTimestampSecond = vectorIterator;
    IteratorVisitor.prototype.visitTimestampMillisecond = vectorIterator;
    IteratorVisitor.prototype.visitTimestampMicrosecond = vectorIterator;
    IteratorVisitor.prototype.visitTimestampNanosecond = vectorIterator;
    IteratorVisitor.prototype.visitTime = vectorIterator;
    IteratorVisitor.prototype.visitTimeSecond = vectorIterator;
    IteratorVisitor.prototype.visitTimeMillisecond = vectorIterator;
    IteratorVisitor.prototype.visitTimeMicrosecond = vectorIterator;
    IteratorVisitor.prototype.visitTimeNanosecond = vectorIterator;
    IteratorVisitor.prototype.visitDecimal = vectorIterator;
    IteratorVisitor.prototype.visitList = vectorIterator;
    IteratorVisitor.prototype.visitLargeList = vectorIterator;
    IteratorVisitor.prototype.visitStruct = vectorIterator;
    IteratorVisitor.prototype.visitUnion = vectorIterator;
    IteratorVisitor.prototype.visitDenseUnion = vectorIterator;
    IteratorVisitor.prototype.visitSparseUnion = vectorIterator;
    IteratorVisitor.prototype.visitDictionary = vectorIterator;
    IteratorVisitor.prototype.visitInterval = vectorIterator;
    IteratorVisitor.prototype.visitIntervalDayTime = vectorIterator;
    IteratorVisitor.prototype.visitIntervalYearMonth = vectorIterator;
    IteratorVisitor.prototype.visitIntervalMonthDayNano = vectorIterator;
    IteratorVisitor.prototype.visitDuration = vectorIterator;
    IteratorVisitor.prototype.visitDurationSecond = vectorIterator;
    IteratorVisitor.prototype.visitDurationMillisecond = vectorIterator;
    IteratorVisitor.prototype.visitDurationMicrosecond = vectorIterator;
    IteratorVisitor.prototype.visitDurationNanosecond = vectorIterator;
    IteratorVisitor.prototype.visitFixedSizeList = vectorIterator;
    IteratorVisitor.prototype.visitMap = vectorIterator;
    instance5 = new IteratorVisitor();
  }
});

// node_modules/apache-arrow/vector.mjs
function makeVector(init2) {
  if (init2) {
    if (init2 instanceof Data) {
      return new Vector([init2]);
    }
    if (init2 instanceof Vector) {
      return new Vector(init2.data);
    }
    if (init2.type instanceof DataType) {
      return new Vector([makeData(init2)]);
    }
    if (Array.isArray(init2)) {
      return new Vector(init2.flatMap((v) => unwrapInputs(v)));
    }
    if (ArrayBuffer.isView(init2)) {
      if (init2 instanceof DataView) {
        init2 = new Uint8Array(init2.buffer);
      }
      const props = { offset: 0, length: init2.length, nullCount: -1, data: init2 };
      if (init2 instanceof Int8Array) {
        return new Vector([makeData(Object.assign(Object.assign({}, props), { type: new Int8() }))]);
      }
      if (init2 instanceof Int16Array) {
        return new Vector([makeData(Object.assign(Object.assign({}, props), { type: new Int16() }))]);
      }
      if (init2 instanceof Int32Array) {
        return new Vector([makeData(Object.assign(Object.assign({}, props), { type: new Int32() }))]);
      }
      if (init2 instanceof BigInt64Array) {
        return new Vector([makeData(Object.assign(Object.assign({}, props), { type: new Int64() }))]);
      }
      if (init2 instanceof Uint8Array || init2 instanceof Uint8ClampedArray) {
        return new Vector([makeData(Object.assign(Object.assign({}, props), { type: new Uint8() }))]);
      }
      if (init2 instanceof Uint16Array) {
        return new Vector([makeData(Object.assign(Object.assign({}, props), { type: new Uint16() }))]);
      }
      if (init2 instanceof Uint32Array) {
        return new Vector([makeData(Object.assign(Object.assign({}, props), { type: new Uint32() }))]);
      }
      if (init2 instanceof BigUint64Array) {
        return new Vector([makeData(Object.assign(Object.assign({}, props), { type: new Uint64() }))]);
      }
      if (init2 instanceof Float32Array) {
        return new Vector([makeData(Object.assign(Object.assign({}, props), { type: new Float32() }))]);
      }
      if (init2 instanceof Float64Array) {
        return new Vector([makeData(Object.assign(Object.assign({}, props), { type: new Float64() }))]);
      }
      throw new Error("Unrecognized input");
    }
  }
  throw new Error("Unrecognized input");
}
function unwrapInputs(x) {
  return x instanceof Data ? [x] : x instanceof Vector ? x.data : makeVector(x).data;
}
var _a2, kVectorSymbol, visitorsByTypeId, vectorPrototypesByTypeId, Vector, MemoizedVector;
var init_vector2 = __esm({
  "node_modules/apache-arrow/vector.mjs"() {
    init_enum();
    init_vector();
    init_type2();
    init_data();
    init_chunk();
    init_get();
    init_set();
    init_indexof();
    init_iterator();
    init_type2();
    kVectorSymbol = /* @__PURE__ */ Symbol.for("apache-arrow/Vector");
    visitorsByTypeId = {};
    vectorPrototypesByTypeId = {};
    Vector = class _Vector {
      /**
       * Check if an object is an instance of Vector.
       * This works across different instances of the Arrow library.
       */
      /** @nocollapse */
      static isVector(x) {
        return (x === null || x === void 0 ? void 0 : x[kVectorSymbol]) === true;
      }
      constructor(input) {
        var _b2, _c2, _d2;
        const data = input[0] instanceof _Vector ? input.flatMap((x) => x.data) : input;
        if (data.length === 0 || data.some((x) => !(x instanceof Data))) {
          throw new TypeError("Vector constructor expects an Array of Data instances.");
        }
        const type = (_b2 = data[0]) === null || _b2 === void 0 ? void 0 : _b2.type;
        switch (data.length) {
          case 0:
            this._offsets = [0];
            break;
          case 1: {
            const { get, set, indexOf } = visitorsByTypeId[type.typeId];
            const unchunkedData = data[0];
            this.isValid = (index) => isChunkedValid(unchunkedData, index);
            this.get = (index) => get(unchunkedData, index);
            this.set = (index, value) => set(unchunkedData, index, value);
            this.indexOf = (index) => indexOf(unchunkedData, index);
            this._offsets = [0, unchunkedData.length];
            break;
          }
          default:
            Object.setPrototypeOf(this, vectorPrototypesByTypeId[type.typeId]);
            this._offsets = computeChunkOffsets(data);
            break;
        }
        this.data = data;
        this.type = type;
        this.stride = strideForType(type);
        this.numChildren = (_d2 = (_c2 = type.children) === null || _c2 === void 0 ? void 0 : _c2.length) !== null && _d2 !== void 0 ? _d2 : 0;
        this.length = this._offsets.at(-1);
      }
      /**
       * The aggregate size (in bytes) of this Vector's buffers and/or child Vectors.
       */
      get byteLength() {
        return this.data.reduce((byteLength, data) => byteLength + data.byteLength, 0);
      }
      /**
       * Whether this Vector's elements can contain null values.
       */
      get nullable() {
        return computeChunkNullable(this.data);
      }
      /**
       * The number of null elements in this Vector.
       */
      get nullCount() {
        return computeChunkNullCounts(this.data);
      }
      /**
       * The Array or TypedArray constructor used for the JS representation
       *  of the element's values in {@link Vector.prototype.toArray `toArray()`}.
       */
      get ArrayType() {
        return this.type.ArrayType;
      }
      /**
       * The name that should be printed when the Vector is logged in a message.
       */
      get [Symbol.toStringTag]() {
        return `${this.VectorName}<${this.type[Symbol.toStringTag]}>`;
      }
      /**
       * The name of this Vector.
       */
      get VectorName() {
        return `${Type2[this.type.typeId]}Vector`;
      }
      /**
       * Check whether an element is null.
       * @param index The index at which to read the validity bitmap.
       */
      // @ts-ignore
      isValid(index) {
        return false;
      }
      /**
       * Get an element value by position.
       * @param index The index of the element to read.
       */
      // @ts-ignore
      get(index) {
        return null;
      }
      /**
       * Get an element value by position.
       * @param index The index of the element to read. A negative index will count back from the last element.
       */
      at(index) {
        return this.get(wrapIndex(index, this.length));
      }
      /**
       * Set an element value by position.
       * @param index The index of the element to write.
       * @param value The value to set.
       */
      // @ts-ignore
      set(index, value) {
        return;
      }
      /**
       * Retrieve the index of the first occurrence of a value in an Vector.
       * @param element The value to locate in the Vector.
       * @param offset The index at which to begin the search. If offset is omitted, the search starts at index 0.
       */
      // @ts-ignore
      indexOf(element, offset) {
        return -1;
      }
      includes(element, offset) {
        return this.indexOf(element, offset) > -1;
      }
      /**
       * Iterator for the Vector's elements.
       */
      [Symbol.iterator]() {
        return instance5.visit(this);
      }
      /**
       * Combines two or more Vectors of the same type.
       * @param others Additional Vectors to add to the end of this Vector.
       */
      concat(...others) {
        return new _Vector(this.data.concat(others.flatMap((x) => x.data).flat(Number.POSITIVE_INFINITY)));
      }
      /**
       * Return a zero-copy sub-section of this Vector.
       * @param start The beginning of the specified portion of the Vector.
       * @param end The end of the specified portion of the Vector. This is exclusive of the element at the index 'end'.
       */
      slice(begin, end) {
        return new _Vector(clampRange(this, begin, end, ({ data, _offsets }, begin2, end2) => sliceChunks(data, _offsets, begin2, end2)));
      }
      toJSON() {
        return [...this];
      }
      /**
       * Return a JavaScript Array or TypedArray of the Vector's elements.
       *
       * @note If this Vector contains a single Data chunk and the Vector's type is a
       *  primitive numeric type corresponding to one of the JavaScript TypedArrays, this
       *  method returns a zero-copy slice of the underlying TypedArray values. If there's
       *  more than one chunk, the resulting TypedArray will be a copy of the data from each
       *  chunk's underlying TypedArray values.
       *
       * @returns An Array or TypedArray of the Vector's elements, based on the Vector's DataType.
       */
      toArray() {
        const { type, data, length, stride, ArrayType } = this;
        switch (type.typeId) {
          case Type2.Int:
          case Type2.Float:
          case Type2.Decimal:
          case Type2.Time:
          case Type2.Timestamp:
            switch (data.length) {
              case 0:
                return new ArrayType();
              case 1:
                return data[0].values.subarray(0, length * stride);
              default:
                return data.reduce((memo, { values, length: chunk_length }) => {
                  memo.array.set(values.subarray(0, chunk_length * stride), memo.offset);
                  memo.offset += chunk_length * stride;
                  return memo;
                }, { array: new ArrayType(length * stride), offset: 0 }).array;
            }
        }
        return [...this];
      }
      /**
       * Returns a string representation of the Vector.
       *
       * @returns A string representation of the Vector.
       */
      toString() {
        return `[${[...this].join(",")}]`;
      }
      /**
       * Returns a child Vector by name, or null if this Vector has no child with the given name.
       * @param name The name of the child to retrieve.
       */
      getChild(name2) {
        var _b2;
        return this.getChildAt((_b2 = this.type.children) === null || _b2 === void 0 ? void 0 : _b2.findIndex((f) => f.name === name2));
      }
      /**
       * Returns a child Vector by index, or null if this Vector has no child at the supplied index.
       * @param index The index of the child to retrieve.
       */
      getChildAt(index) {
        if (index > -1 && index < this.numChildren) {
          return new _Vector(this.data.map(({ children }) => children[index]));
        }
        return null;
      }
      get isMemoized() {
        if (DataType.isDictionary(this.type)) {
          return this.data[0].dictionary.isMemoized;
        }
        return false;
      }
      /**
       * Adds memoization to the Vector's {@link get} method. For dictionary
       * vectors, this method return a vector that memoizes only the dictionary
       * values.
       *
       * Memoization is very useful when decoding a value is expensive such as
       * Utf8. The memoization creates a cache of the size of the Vector and
       * therefore increases memory usage.
       *
       * @returns A new vector that memoizes calls to {@link get}.
       */
      memoize() {
        if (DataType.isDictionary(this.type)) {
          const dictionary = new MemoizedVector(this.data[0].dictionary);
          const newData = this.data.map((data) => {
            const cloned = data.clone();
            cloned.dictionary = dictionary;
            return cloned;
          });
          return new _Vector(newData);
        }
        return new MemoizedVector(this);
      }
      /**
       * Returns a vector without memoization of the {@link get} method. If this
       * vector is not memoized, this method returns this vector.
       *
       * @returns A new vector without memoization.
       */
      unmemoize() {
        if (DataType.isDictionary(this.type) && this.isMemoized) {
          const dictionary = this.data[0].dictionary.unmemoize();
          const newData = this.data.map((data) => {
            const newData2 = data.clone();
            newData2.dictionary = dictionary;
            return newData2;
          });
          return new _Vector(newData);
        }
        return this;
      }
    };
    _a2 = Symbol.toStringTag;
    Vector[_a2] = ((proto) => {
      proto.type = DataType.prototype;
      proto.data = [];
      proto.length = 0;
      proto.stride = 1;
      proto.numChildren = 0;
      proto._offsets = new Uint32Array([0]);
      proto[Symbol.isConcatSpreadable] = true;
      proto[kVectorSymbol] = true;
      const typeIds = Object.keys(Type2).map((T) => Type2[T]).filter((T) => typeof T === "number" && T !== Type2.NONE);
      for (const typeId of typeIds) {
        const get = instance3.getVisitFnByTypeId(typeId);
        const set = instance2.getVisitFnByTypeId(typeId);
        const indexOf = instance4.getVisitFnByTypeId(typeId);
        visitorsByTypeId[typeId] = { get, set, indexOf };
        vectorPrototypesByTypeId[typeId] = Object.create(proto, {
          ["isValid"]: { value: wrapChunkedCall1(isChunkedValid) },
          ["get"]: { value: wrapChunkedCall1(instance3.getVisitFnByTypeId(typeId)) },
          ["set"]: { value: wrapChunkedCall2(instance2.getVisitFnByTypeId(typeId)) },
          ["indexOf"]: { value: wrapChunkedIndexOf(instance4.getVisitFnByTypeId(typeId)) }
        });
      }
      return "Vector";
    })(Vector.prototype);
    Object.defineProperty(Vector, Symbol.hasInstance, {
      value: function isVectorInstance(instance9) {
        return Function.prototype[Symbol.hasInstance].call(this, instance9) || this === Vector && Vector.isVector(instance9);
      }
    });
    MemoizedVector = class _MemoizedVector extends Vector {
      constructor(vector) {
        super(vector.data);
        const get = this.get;
        const set = this.set;
        const slice = this.slice;
        const cache = new Array(this.length);
        Object.defineProperty(this, "get", {
          value(index) {
            const cachedValue = cache[index];
            if (cachedValue !== void 0) {
              return cachedValue;
            }
            const value = get.call(this, index);
            cache[index] = value;
            return value;
          }
        });
        Object.defineProperty(this, "set", {
          value(index, value) {
            set.call(this, index, value);
            cache[index] = value;
          }
        });
        Object.defineProperty(this, "slice", {
          value: (begin, end) => new _MemoizedVector(slice.call(this, begin, end))
        });
        Object.defineProperty(this, "isMemoized", { value: true });
        Object.defineProperty(this, "unmemoize", {
          value: () => new Vector(this.data)
        });
        Object.defineProperty(this, "memoize", {
          value: () => this
        });
      }
    };
  }
});

// node_modules/apache-arrow/builder/valid.mjs
function createIsValidFunction(nullValues) {
  if (!nullValues || nullValues.length <= 0) {
    return function isValid(value) {
      return true;
    };
  }
  let fnBody = "";
  const noNaNs = nullValues.filter((x) => x === x);
  if (noNaNs.length > 0) {
    fnBody = `
    switch (x) {${noNaNs.map((x) => `
        case ${valueToCase(x)}:`).join("")}
            return false;
    }`;
  }
  if (nullValues.length !== noNaNs.length) {
    fnBody = `if (x !== x) return false;
${fnBody}`;
  }
  return new Function(`x`, `${fnBody}
return true;`);
}
function valueToCase(x) {
  if (typeof x !== "bigint") {
    return valueToString(x);
  }
  return `${valueToString(x)}n`;
}
var init_valid = __esm({
  "node_modules/apache-arrow/builder/valid.mjs"() {
    init_pretty();
  }
});

// node_modules/apache-arrow/builder/buffer.mjs
function roundLengthUpToNearest64Bytes(len, BPE) {
  const bytesMinus1 = Math.ceil(len) * BPE - 1;
  return (bytesMinus1 - bytesMinus1 % 64 + 64 || 64) / BPE;
}
function resizeArray(arr, len = 0) {
  return arr.length >= len ? arr.subarray(0, len) : memcpy(new arr.constructor(len), arr, 0);
}
var BufferBuilder, DataBufferBuilder, BitmapBufferBuilder, OffsetsBufferBuilder;
var init_buffer3 = __esm({
  "node_modules/apache-arrow/builder/buffer.mjs"() {
    init_buffer();
    BufferBuilder = class {
      constructor(bufferType, initialSize = 0, stride = 1) {
        this.length = Math.ceil(initialSize / stride);
        this.buffer = new bufferType(this.length);
        this.stride = stride;
        this.BYTES_PER_ELEMENT = bufferType.BYTES_PER_ELEMENT;
        this.ArrayType = bufferType;
      }
      get byteLength() {
        return Math.ceil(this.length * this.stride) * this.BYTES_PER_ELEMENT;
      }
      get reservedLength() {
        return this.buffer.length / this.stride;
      }
      get reservedByteLength() {
        return this.buffer.byteLength;
      }
      // @ts-ignore
      set(index, value) {
        return this;
      }
      append(value) {
        return this.set(this.length, value);
      }
      reserve(extra) {
        if (extra > 0) {
          this.length += extra;
          const stride = this.stride;
          const length = this.length * stride;
          const reserved = this.buffer.length;
          if (length >= reserved) {
            this._resize(reserved === 0 ? roundLengthUpToNearest64Bytes(length * 1, this.BYTES_PER_ELEMENT) : roundLengthUpToNearest64Bytes(length * 2, this.BYTES_PER_ELEMENT));
          }
        }
        return this;
      }
      flush(length = this.length) {
        length = roundLengthUpToNearest64Bytes(length * this.stride, this.BYTES_PER_ELEMENT);
        const array = resizeArray(this.buffer, length);
        this.clear();
        return array;
      }
      clear() {
        this.length = 0;
        this.buffer = new this.ArrayType();
        return this;
      }
      _resize(newLength) {
        return this.buffer = resizeArray(this.buffer, newLength);
      }
    };
    DataBufferBuilder = class extends BufferBuilder {
      last() {
        return this.get(this.length - 1);
      }
      get(index) {
        return this.buffer[index];
      }
      set(index, value) {
        this.reserve(index - this.length + 1);
        this.buffer[index * this.stride] = value;
        return this;
      }
    };
    BitmapBufferBuilder = class extends DataBufferBuilder {
      constructor() {
        super(Uint8Array, 0, 1 / 8);
        this.numValid = 0;
      }
      get numInvalid() {
        return this.length - this.numValid;
      }
      get(idx) {
        return this.buffer[idx >> 3] >> idx % 8 & 1;
      }
      set(idx, val) {
        const { buffer } = this.reserve(idx - this.length + 1);
        const byte = idx >> 3, bit = idx % 8, cur = buffer[byte] >> bit & 1;
        val ? cur === 0 && (buffer[byte] |= 1 << bit, ++this.numValid) : cur === 1 && (buffer[byte] &= ~(1 << bit), --this.numValid);
        return this;
      }
      clear() {
        this.numValid = 0;
        return super.clear();
      }
    };
    OffsetsBufferBuilder = class extends DataBufferBuilder {
      constructor(type) {
        super(type.OffsetArrayType, 1, 1);
      }
      append(value) {
        return this.set(this.length - 1, value);
      }
      set(index, value) {
        const offset = this.length - 1;
        const buffer = this.reserve(index - offset + 1).buffer;
        if (offset < index++ && offset >= 0) {
          buffer.fill(buffer[offset], offset, index);
        }
        buffer[index] = buffer[index - 1] + value;
        return this;
      }
      flush(length = this.length - 1) {
        if (length > this.length) {
          this.set(length - 1, this.BYTES_PER_ELEMENT > 4 ? BigInt(0) : 0);
        }
        return super.flush(length + 1);
      }
    };
  }
});

// node_modules/apache-arrow/builder.mjs
var Builder, FixedWidthBuilder, VariableWidthBuilder;
var init_builder = __esm({
  "node_modules/apache-arrow/builder.mjs"() {
    init_vector2();
    init_data();
    init_map2();
    init_type2();
    init_valid();
    init_buffer3();
    Builder = class {
      /** @nocollapse */
      // @ts-ignore
      static throughNode(options2) {
        throw new Error(`"throughNode" not available in this environment`);
      }
      /** @nocollapse */
      // @ts-ignore
      static throughDOM(options2) {
        throw new Error(`"throughDOM" not available in this environment`);
      }
      /**
       * Construct a builder with the given Arrow DataType with optional null values,
       * which will be interpreted as "null" when set or appended to the `Builder`.
       * @param {{ type: T, nullValues?: any[] }} options A `BuilderOptions` object used to create this `Builder`.
       */
      constructor({ "type": type, "nullValues": nulls }) {
        this.length = 0;
        this.finished = false;
        this.type = type;
        this.children = [];
        this.nullValues = nulls;
        this.stride = strideForType(type);
        this._nulls = new BitmapBufferBuilder();
        if (nulls && nulls.length > 0) {
          this._isValid = createIsValidFunction(nulls);
        }
      }
      /**
       * Flush the `Builder` and return a `Vector<T>`.
       * @returns {Vector<T>} A `Vector<T>` of the flushed values.
       */
      toVector() {
        return new Vector([this.flush()]);
      }
      get ArrayType() {
        return this.type.ArrayType;
      }
      get nullCount() {
        return this._nulls.numInvalid;
      }
      get numChildren() {
        return this.children.length;
      }
      /**
       * @returns The aggregate length (in bytes) of the values that have been written.
       */
      get byteLength() {
        let size = 0;
        const { _offsets, _values, _nulls, _typeIds, children } = this;
        _offsets && (size += _offsets.byteLength);
        _values && (size += _values.byteLength);
        _nulls && (size += _nulls.byteLength);
        _typeIds && (size += _typeIds.byteLength);
        return children.reduce((size2, child) => size2 + child.byteLength, size);
      }
      /**
       * @returns The aggregate number of rows that have been reserved to write new values.
       */
      get reservedLength() {
        return this._nulls.reservedLength;
      }
      /**
       * @returns The aggregate length (in bytes) that has been reserved to write new values.
       */
      get reservedByteLength() {
        let size = 0;
        this._offsets && (size += this._offsets.reservedByteLength);
        this._values && (size += this._values.reservedByteLength);
        this._nulls && (size += this._nulls.reservedByteLength);
        this._typeIds && (size += this._typeIds.reservedByteLength);
        return this.children.reduce((size2, child) => size2 + child.reservedByteLength, size);
      }
      get valueOffsets() {
        return this._offsets ? this._offsets.buffer : null;
      }
      get values() {
        return this._values ? this._values.buffer : null;
      }
      get nullBitmap() {
        return this._nulls ? this._nulls.buffer : null;
      }
      get typeIds() {
        return this._typeIds ? this._typeIds.buffer : null;
      }
      /**
       * Appends a value (or null) to this `Builder`.
       * This is equivalent to `builder.set(builder.length, value)`.
       * @param {T['TValue'] | TNull } value The value to append.
       */
      append(value) {
        return this.set(this.length, value);
      }
      /**
       * Validates whether a value is valid (true), or null (false)
       * @param {T['TValue'] | TNull } value The value to compare against null the value representations
       */
      isValid(value) {
        return this._isValid(value);
      }
      /**
       * Write a value (or null-value sentinel) at the supplied index.
       * If the value matches one of the null-value representations, a 1-bit is
       * written to the null `BitmapBufferBuilder`. Otherwise, a 0 is written to
       * the null `BitmapBufferBuilder`, and the value is passed to
       * `Builder.prototype.setValue()`.
       * @param {number} index The index of the value to write.
       * @param {T['TValue'] | TNull } value The value to write at the supplied index.
       * @returns {this} The updated `Builder` instance.
       */
      set(index, value) {
        if (this.setValid(index, this.isValid(value))) {
          this.setValue(index, value);
        }
        return this;
      }
      /**
       * Write a value to the underlying buffers at the supplied index, bypassing
       * the null-value check. This is a low-level method that
       * @param {number} index
       * @param {T['TValue'] | TNull } value
       */
      setValue(index, value) {
        this._setValue(this, index, value);
      }
      setValid(index, valid) {
        this.length = this._nulls.set(index, +valid).length;
        return valid;
      }
      // @ts-ignore
      addChild(child, name2 = `${this.numChildren}`) {
        throw new Error(`Cannot append children to non-nested type "${this.type}"`);
      }
      /**
       * Retrieve the child `Builder` at the supplied `index`, or null if no child
       * exists at that index.
       * @param {number} index The index of the child `Builder` to retrieve.
       * @returns {Builder | null} The child Builder at the supplied index or null.
       */
      getChildAt(index) {
        return this.children[index] || null;
      }
      /**
       * Commit all the values that have been written to their underlying
       * ArrayBuffers, including any child Builders if applicable, and reset
       * the internal `Builder` state.
       * @returns A `Data<T>` of the buffers and children representing the values written.
       */
      flush() {
        let data;
        let typeIds;
        let nullBitmap;
        let valueOffsets;
        const { type, length, nullCount, _typeIds, _offsets, _values, _nulls } = this;
        if (typeIds = _typeIds === null || _typeIds === void 0 ? void 0 : _typeIds.flush(length)) {
          valueOffsets = _offsets === null || _offsets === void 0 ? void 0 : _offsets.flush(length);
        } else if (valueOffsets = _offsets === null || _offsets === void 0 ? void 0 : _offsets.flush(length)) {
          data = _values === null || _values === void 0 ? void 0 : _values.flush(_offsets.last());
        } else {
          data = _values === null || _values === void 0 ? void 0 : _values.flush(length);
        }
        if (nullCount > 0) {
          nullBitmap = _nulls === null || _nulls === void 0 ? void 0 : _nulls.flush(length);
        }
        const children = this.children.map((child) => child.flush());
        this.clear();
        return makeData({
          type,
          length,
          nullCount,
          children,
          "child": children[0],
          data,
          typeIds,
          nullBitmap,
          valueOffsets
        });
      }
      /**
       * Finalize this `Builder`, and child builders if applicable.
       * @returns {this} The finalized `Builder` instance.
       */
      finish() {
        this.finished = true;
        for (const child of this.children)
          child.finish();
        return this;
      }
      /**
       * Clear this Builder's internal state, including child Builders if applicable, and reset the length to 0.
       * @returns {this} The cleared `Builder` instance.
       */
      clear() {
        var _a5, _b2, _c2, _d2;
        this.length = 0;
        (_a5 = this._nulls) === null || _a5 === void 0 ? void 0 : _a5.clear();
        (_b2 = this._values) === null || _b2 === void 0 ? void 0 : _b2.clear();
        (_c2 = this._offsets) === null || _c2 === void 0 ? void 0 : _c2.clear();
        (_d2 = this._typeIds) === null || _d2 === void 0 ? void 0 : _d2.clear();
        for (const child of this.children)
          child.clear();
        return this;
      }
    };
    Builder.prototype.length = 1;
    Builder.prototype.stride = 1;
    Builder.prototype.children = null;
    Builder.prototype.finished = false;
    Builder.prototype.nullValues = null;
    Builder.prototype._isValid = () => true;
    FixedWidthBuilder = class extends Builder {
      constructor(opts) {
        super(opts);
        this._values = new DataBufferBuilder(this.ArrayType, 0, this.stride);
      }
      setValue(index, value) {
        const values = this._values;
        values.reserve(index - values.length + 1);
        return super.setValue(index, value);
      }
    };
    VariableWidthBuilder = class extends Builder {
      constructor(opts) {
        super(opts);
        this._pendingLength = 0;
        this._offsets = new OffsetsBufferBuilder(opts.type);
      }
      setValue(index, value) {
        const pending = this._pending || (this._pending = /* @__PURE__ */ new Map());
        const current = pending.get(index);
        current && (this._pendingLength -= current.length);
        this._pendingLength += value instanceof MapRow ? value[kKeys].length : value.length;
        pending.set(index, value);
      }
      setValid(index, isValid) {
        if (!super.setValid(index, isValid)) {
          (this._pending || (this._pending = /* @__PURE__ */ new Map())).set(index, void 0);
          return false;
        }
        return true;
      }
      clear() {
        this._pendingLength = 0;
        this._pending = void 0;
        return super.clear();
      }
      flush() {
        this._flush();
        return super.flush();
      }
      finish() {
        this._flush();
        return super.finish();
      }
      _flush() {
        const pending = this._pending;
        const pendingLength = this._pendingLength;
        this._pendingLength = 0;
        this._pending = void 0;
        if (pending && pending.size > 0) {
          this._flushPending(pending, pendingLength);
        }
        return this;
      }
    };
  }
});

// node_modules/apache-arrow/fb/block.mjs
var Block;
var init_block = __esm({
  "node_modules/apache-arrow/fb/block.mjs"() {
    Block = class {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      /**
       * Index to the start of the RecordBlock (note this is past the Message header)
       */
      offset() {
        return this.bb.readInt64(this.bb_pos);
      }
      /**
       * Length of the metadata
       */
      metaDataLength() {
        return this.bb.readInt32(this.bb_pos + 8);
      }
      /**
       * Length of the data (this is aligned so there can be a gap between this and
       * the metadata).
       */
      bodyLength() {
        return this.bb.readInt64(this.bb_pos + 16);
      }
      static sizeOf() {
        return 24;
      }
      static createBlock(builder, offset, metaDataLength, bodyLength) {
        builder.prep(8, 24);
        builder.writeInt64(BigInt(bodyLength !== null && bodyLength !== void 0 ? bodyLength : 0));
        builder.pad(4);
        builder.writeInt32(metaDataLength);
        builder.writeInt64(BigInt(offset !== null && offset !== void 0 ? offset : 0));
        return builder.offset();
      }
    };
  }
});

// node_modules/apache-arrow/fb/footer.mjs
var flatbuffers31, Footer;
var init_footer = __esm({
  "node_modules/apache-arrow/fb/footer.mjs"() {
    flatbuffers31 = __toESM(require_flatbuffers(), 1);
    init_block();
    init_key_value();
    init_metadata_version();
    init_schema();
    Footer = class _Footer {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsFooter(bb, obj) {
        return (obj || new _Footer()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsFooter(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers31.SIZE_PREFIX_LENGTH);
        return (obj || new _Footer()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      version() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt16(this.bb_pos + offset) : MetadataVersion.V1;
      }
      schema(obj) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? (obj || new Schema()).__init(this.bb.__indirect(this.bb_pos + offset), this.bb) : null;
      }
      dictionaries(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? (obj || new Block()).__init(this.bb.__vector(this.bb_pos + offset) + index * 24, this.bb) : null;
      }
      dictionariesLength() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      recordBatches(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? (obj || new Block()).__init(this.bb.__vector(this.bb_pos + offset) + index * 24, this.bb) : null;
      }
      recordBatchesLength() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      /**
       * User-defined metadata
       */
      customMetadata(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? (obj || new KeyValue()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
      }
      customMetadataLength() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      static startFooter(builder) {
        builder.startObject(5);
      }
      static addVersion(builder, version) {
        builder.addFieldInt16(0, version, MetadataVersion.V1);
      }
      static addSchema(builder, schemaOffset) {
        builder.addFieldOffset(1, schemaOffset, 0);
      }
      static addDictionaries(builder, dictionariesOffset) {
        builder.addFieldOffset(2, dictionariesOffset, 0);
      }
      static startDictionariesVector(builder, numElems) {
        builder.startVector(24, numElems, 8);
      }
      static addRecordBatches(builder, recordBatchesOffset) {
        builder.addFieldOffset(3, recordBatchesOffset, 0);
      }
      static startRecordBatchesVector(builder, numElems) {
        builder.startVector(24, numElems, 8);
      }
      static addCustomMetadata(builder, customMetadataOffset) {
        builder.addFieldOffset(4, customMetadataOffset, 0);
      }
      static createCustomMetadataVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i2 = data.length - 1; i2 >= 0; i2--) {
          builder.addOffset(data[i2]);
        }
        return builder.endVector();
      }
      static startCustomMetadataVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
      }
      static endFooter(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static finishFooterBuffer(builder, offset) {
        builder.finish(offset);
      }
      static finishSizePrefixedFooterBuffer(builder, offset) {
        builder.finish(offset, void 0, true);
      }
    };
  }
});

// node_modules/apache-arrow/schema.mjs
function mergeMaps(m1, m2) {
  return new Map([...m1 || /* @__PURE__ */ new Map(), ...m2 || /* @__PURE__ */ new Map()]);
}
function generateDictionaryMap(fields, dictionaries = /* @__PURE__ */ new Map()) {
  for (let i2 = -1, n = fields.length; ++i2 < n; ) {
    const field = fields[i2];
    const type = field.type;
    if (DataType.isDictionary(type)) {
      if (!dictionaries.has(type.id)) {
        dictionaries.set(type.id, type.dictionary);
      } else if (dictionaries.get(type.id) !== type.dictionary) {
        throw new Error(`Cannot create Schema containing two different dictionaries with the same Id`);
      }
    }
    if (type.children && type.children.length > 0) {
      generateDictionaryMap(type.children, dictionaries);
    }
  }
  return dictionaries;
}
var kSchemaSymbol, kFieldSymbol, Schema2, Field2;
var init_schema2 = __esm({
  "node_modules/apache-arrow/schema.mjs"() {
    init_enum();
    init_type2();
    kSchemaSymbol = /* @__PURE__ */ Symbol.for("apache-arrow/Schema");
    kFieldSymbol = /* @__PURE__ */ Symbol.for("apache-arrow/Field");
    Schema2 = class _Schema {
      /**
       * Check if an object is an instance of Schema.
       * This works across different instances of the Arrow library.
       */
      /** @nocollapse */
      static isSchema(x) {
        return (x === null || x === void 0 ? void 0 : x[kSchemaSymbol]) === true;
      }
      constructor(fields = [], metadata2, dictionaries, metadataVersion = MetadataVersion.V5) {
        this.fields = fields || [];
        this.metadata = metadata2 || /* @__PURE__ */ new Map();
        if (!dictionaries) {
          dictionaries = generateDictionaryMap(this.fields);
        }
        this.dictionaries = dictionaries;
        this.metadataVersion = metadataVersion;
      }
      get [Symbol.toStringTag]() {
        return "Schema";
      }
      get names() {
        return this.fields.map((f) => f.name);
      }
      toString() {
        return `Schema<{ ${this.fields.map((f, i2) => `${i2}: ${f}`).join(", ")} }>`;
      }
      /**
       * Construct a new Schema containing only specified fields.
       *
       * @param fieldNames Names of fields to keep.
       * @returns A new Schema of fields matching the specified names.
       */
      select(fieldNames) {
        const names = new Set(fieldNames);
        const fields = this.fields.filter((f) => names.has(f.name));
        return new _Schema(fields, this.metadata);
      }
      /**
       * Construct a new Schema containing only fields at the specified indices.
       *
       * @param fieldIndices Indices of fields to keep.
       * @returns A new Schema of fields at the specified indices.
       */
      selectAt(fieldIndices) {
        const fields = fieldIndices.map((i2) => this.fields[i2]).filter(Boolean);
        return new _Schema(fields, this.metadata);
      }
      assign(...args2) {
        const other = args2[0] instanceof _Schema ? args2[0] : Array.isArray(args2[0]) ? new _Schema(args2[0]) : new _Schema(args2);
        const curFields = [...this.fields];
        const metadata2 = mergeMaps(mergeMaps(/* @__PURE__ */ new Map(), this.metadata), other.metadata);
        const newFields = other.fields.filter((f2) => {
          const i2 = curFields.findIndex((f) => f.name === f2.name);
          return ~i2 ? (curFields[i2] = f2.clone({
            metadata: mergeMaps(mergeMaps(/* @__PURE__ */ new Map(), curFields[i2].metadata), f2.metadata)
          })) && false : true;
        });
        const newDictionaries = generateDictionaryMap(newFields, /* @__PURE__ */ new Map());
        return new _Schema([...curFields, ...newFields], metadata2, new Map([...this.dictionaries, ...newDictionaries]));
      }
    };
    Schema2.prototype.fields = null;
    Schema2.prototype.metadata = null;
    Schema2.prototype.dictionaries = null;
    Schema2.prototype[kSchemaSymbol] = true;
    Object.defineProperty(Schema2, Symbol.hasInstance, {
      value: function isSchemaInstance(instance9) {
        return Function.prototype[Symbol.hasInstance].call(this, instance9) || this === Schema2 && Schema2.isSchema(instance9);
      }
    });
    Field2 = class _Field {
      /**
       * Check if an object is an instance of Field.
       * This works across different instances of the Arrow library.
       */
      /** @nocollapse */
      static isField(x) {
        return (x === null || x === void 0 ? void 0 : x[kFieldSymbol]) === true;
      }
      /** @nocollapse */
      static new(...args2) {
        let [name2, type, nullable, metadata2] = args2;
        if (args2[0] && typeof args2[0] === "object") {
          ({ name: name2 } = args2[0]);
          type === void 0 && (type = args2[0].type);
          nullable === void 0 && (nullable = args2[0].nullable);
          metadata2 === void 0 && (metadata2 = args2[0].metadata);
        }
        return new _Field(`${name2}`, type, nullable, metadata2);
      }
      constructor(name2, type, nullable = false, metadata2) {
        this.name = name2;
        this.type = type;
        this.nullable = nullable;
        this.metadata = metadata2 || /* @__PURE__ */ new Map();
      }
      get typeId() {
        return this.type.typeId;
      }
      get [Symbol.toStringTag]() {
        return "Field";
      }
      toString() {
        return `${this.name}: ${this.type}`;
      }
      clone(...args2) {
        let [name2, type, nullable, metadata2] = args2;
        !args2[0] || typeof args2[0] !== "object" ? [name2 = this.name, type = this.type, nullable = this.nullable, metadata2 = this.metadata] = args2 : { name: name2 = this.name, type = this.type, nullable = this.nullable, metadata: metadata2 = this.metadata } = args2[0];
        return _Field.new(name2, type, nullable, metadata2);
      }
    };
    Field2.prototype.type = null;
    Field2.prototype.name = null;
    Field2.prototype.nullable = null;
    Field2.prototype.metadata = null;
    Field2.prototype[kFieldSymbol] = true;
    Object.defineProperty(Field2, Symbol.hasInstance, {
      value: function isFieldInstance(instance9) {
        return Function.prototype[Symbol.hasInstance].call(this, instance9) || this === Field2 && Field2.isField(instance9);
      }
    });
  }
});

// node_modules/apache-arrow/ipc/metadata/file.mjs
var flatbuffers32, Builder3, ByteBuffer2, Footer_, OffHeapFooter, FileBlock;
var init_file = __esm({
  "node_modules/apache-arrow/ipc/metadata/file.mjs"() {
    init_block();
    init_footer();
    flatbuffers32 = __toESM(require_flatbuffers(), 1);
    init_schema2();
    init_enum();
    init_buffer();
    init_bigint();
    Builder3 = flatbuffers32.Builder;
    ByteBuffer2 = flatbuffers32.ByteBuffer;
    Footer_ = class {
      /** @nocollapse */
      static decode(buf) {
        buf = new ByteBuffer2(toUint8Array(buf));
        const footer = Footer.getRootAsFooter(buf);
        const schema = Schema2.decode(footer.schema(), /* @__PURE__ */ new Map(), footer.version());
        return new OffHeapFooter(schema, footer);
      }
      /** @nocollapse */
      static encode(footer) {
        const b = new Builder3();
        const schemaOffset = Schema2.encode(b, footer.schema);
        Footer.startRecordBatchesVector(b, footer.numRecordBatches);
        for (const rb of [...footer.recordBatches()].slice().reverse()) {
          FileBlock.encode(b, rb);
        }
        const recordBatchesOffset = b.endVector();
        Footer.startDictionariesVector(b, footer.numDictionaries);
        for (const db of [...footer.dictionaryBatches()].slice().reverse()) {
          FileBlock.encode(b, db);
        }
        const dictionaryBatchesOffset = b.endVector();
        Footer.startFooter(b);
        Footer.addSchema(b, schemaOffset);
        Footer.addVersion(b, MetadataVersion.V5);
        Footer.addRecordBatches(b, recordBatchesOffset);
        Footer.addDictionaries(b, dictionaryBatchesOffset);
        Footer.finishFooterBuffer(b, Footer.endFooter(b));
        return b.asUint8Array();
      }
      get numRecordBatches() {
        return this._recordBatches.length;
      }
      get numDictionaries() {
        return this._dictionaryBatches.length;
      }
      constructor(schema, version = MetadataVersion.V5, recordBatches, dictionaryBatches) {
        this.schema = schema;
        this.version = version;
        recordBatches && (this._recordBatches = recordBatches);
        dictionaryBatches && (this._dictionaryBatches = dictionaryBatches);
      }
      *recordBatches() {
        for (let block, i2 = -1, n = this.numRecordBatches; ++i2 < n; ) {
          if (block = this.getRecordBatch(i2)) {
            yield block;
          }
        }
      }
      *dictionaryBatches() {
        for (let block, i2 = -1, n = this.numDictionaries; ++i2 < n; ) {
          if (block = this.getDictionaryBatch(i2)) {
            yield block;
          }
        }
      }
      getRecordBatch(index) {
        return index >= 0 && index < this.numRecordBatches && this._recordBatches[index] || null;
      }
      getDictionaryBatch(index) {
        return index >= 0 && index < this.numDictionaries && this._dictionaryBatches[index] || null;
      }
    };
    OffHeapFooter = class extends Footer_ {
      get numRecordBatches() {
        return this._footer.recordBatchesLength();
      }
      get numDictionaries() {
        return this._footer.dictionariesLength();
      }
      constructor(schema, _footer) {
        super(schema, _footer.version());
        this._footer = _footer;
      }
      getRecordBatch(index) {
        if (index >= 0 && index < this.numRecordBatches) {
          const fileBlock = this._footer.recordBatches(index);
          if (fileBlock) {
            return FileBlock.decode(fileBlock);
          }
        }
        return null;
      }
      getDictionaryBatch(index) {
        if (index >= 0 && index < this.numDictionaries) {
          const fileBlock = this._footer.dictionaries(index);
          if (fileBlock) {
            return FileBlock.decode(fileBlock);
          }
        }
        return null;
      }
    };
    FileBlock = class _FileBlock {
      /** @nocollapse */
      static decode(block) {
        return new _FileBlock(block.metaDataLength(), block.bodyLength(), block.offset());
      }
      /** @nocollapse */
      static encode(b, fileBlock) {
        const { metaDataLength } = fileBlock;
        const offset = BigInt(fileBlock.offset);
        const bodyLength = BigInt(fileBlock.bodyLength);
        return Block.createBlock(b, offset, metaDataLength, bodyLength);
      }
      constructor(metaDataLength, bodyLength, offset) {
        this.metaDataLength = metaDataLength;
        this.offset = bigIntToNumber(offset);
        this.bodyLength = bigIntToNumber(bodyLength);
      }
    };
  }
});

// node_modules/apache-arrow/fb/message.mjs
var flatbuffers33, Message;
var init_message = __esm({
  "node_modules/apache-arrow/fb/message.mjs"() {
    flatbuffers33 = __toESM(require_flatbuffers(), 1);
    init_key_value();
    init_message_header();
    init_metadata_version();
    Message = class _Message {
      constructor() {
        this.bb = null;
        this.bb_pos = 0;
      }
      __init(i2, bb) {
        this.bb_pos = i2;
        this.bb = bb;
        return this;
      }
      static getRootAsMessage(bb, obj) {
        return (obj || new _Message()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      static getSizePrefixedRootAsMessage(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers33.SIZE_PREFIX_LENGTH);
        return (obj || new _Message()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
      }
      version() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt16(this.bb_pos + offset) : MetadataVersion.V1;
      }
      headerType() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readUint8(this.bb_pos + offset) : MessageHeader.NONE;
      }
      header(obj) {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.__union(obj, this.bb_pos + offset) : null;
      }
      bodyLength() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
      }
      customMetadata(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? (obj || new KeyValue()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
      }
      customMetadataLength() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
      }
      static startMessage(builder) {
        builder.startObject(5);
      }
      static addVersion(builder, version) {
        builder.addFieldInt16(0, version, MetadataVersion.V1);
      }
      static addHeaderType(builder, headerType) {
        builder.addFieldInt8(1, headerType, MessageHeader.NONE);
      }
      static addHeader(builder, headerOffset) {
        builder.addFieldOffset(2, headerOffset, 0);
      }
      static addBodyLength(builder, bodyLength) {
        builder.addFieldInt64(3, bodyLength, BigInt("0"));
      }
      static addCustomMetadata(builder, customMetadataOffset) {
        builder.addFieldOffset(4, customMetadataOffset, 0);
      }
      static createCustomMetadataVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i2 = data.length - 1; i2 >= 0; i2--) {
          builder.addOffset(data[i2]);
        }
        return builder.endVector();
      }
      static startCustomMetadataVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
      }
      static endMessage(builder) {
        const offset = builder.endObject();
        return offset;
      }
      static finishMessageBuffer(builder, offset) {
        builder.finish(offset);
      }
      static finishSizePrefixedMessageBuffer(builder, offset) {
        builder.finish(offset, void 0, true);
      }
      static createMessage(builder, version, headerType, headerOffset, bodyLength, customMetadataOffset) {
        _Message.startMessage(builder);
        _Message.addVersion(builder, version);
        _Message.addHeaderType(builder, headerType);
        _Message.addHeader(builder, headerOffset);
        _Message.addBodyLength(builder, bodyLength);
        _Message.addCustomMetadata(builder, customMetadataOffset);
        return _Message.endMessage(builder);
      }
    };
  }
});

// node_modules/apache-arrow/visitor/typeassembler.mjs
var TypeAssembler, instance6;
var init_typeassembler = __esm({
  "node_modules/apache-arrow/visitor/typeassembler.mjs"() {
    init_visitor();
    init_null();
    init_int();
    init_floating_point();
    init_binary();
    init_binary_view();
    init_large_binary();
    init_bool();
    init_utf82();
    init_utf8_view();
    init_large_utf8();
    init_decimal();
    init_date();
    init_time();
    init_timestamp();
    init_interval();
    init_duration();
    init_list();
    init_large_list();
    init_struct();
    init_union();
    init_dictionary_encoding();
    init_fixed_size_binary();
    init_fixed_size_list();
    init_map();
    TypeAssembler = class extends Visitor {
      visit(node, builder) {
        return node == null || builder == null ? void 0 : super.visit(node, builder);
      }
      visitNull(_node, b) {
        Null.startNull(b);
        return Null.endNull(b);
      }
      visitInt(node, b) {
        Int.startInt(b);
        Int.addBitWidth(b, node.bitWidth);
        Int.addIsSigned(b, node.isSigned);
        return Int.endInt(b);
      }
      visitFloat(node, b) {
        FloatingPoint.startFloatingPoint(b);
        FloatingPoint.addPrecision(b, node.precision);
        return FloatingPoint.endFloatingPoint(b);
      }
      visitBinary(_node, b) {
        Binary.startBinary(b);
        return Binary.endBinary(b);
      }
      visitBinaryView(_node, b) {
        BinaryView.startBinaryView(b);
        return BinaryView.endBinaryView(b);
      }
      visitLargeBinary(_node, b) {
        LargeBinary.startLargeBinary(b);
        return LargeBinary.endLargeBinary(b);
      }
      visitBool(_node, b) {
        Bool.startBool(b);
        return Bool.endBool(b);
      }
      visitUtf8(_node, b) {
        Utf8.startUtf8(b);
        return Utf8.endUtf8(b);
      }
      visitUtf8View(_node, b) {
        Utf8View.startUtf8View(b);
        return Utf8View.endUtf8View(b);
      }
      visitLargeUtf8(_node, b) {
        LargeUtf8.startLargeUtf8(b);
        return LargeUtf8.endLargeUtf8(b);
      }
      visitDecimal(node, b) {
        Decimal.startDecimal(b);
        Decimal.addScale(b, node.scale);
        Decimal.addPrecision(b, node.precision);
        Decimal.addBitWidth(b, node.bitWidth);
        return Decimal.endDecimal(b);
      }
      visitDate(node, b) {
        Date2.startDate(b);
        Date2.addUnit(b, node.unit);
        return Date2.endDate(b);
      }
      visitTime(node, b) {
        Time.startTime(b);
        Time.addUnit(b, node.unit);
        Time.addBitWidth(b, node.bitWidth);
        return Time.endTime(b);
      }
      visitTimestamp(node, b) {
        const timezone = node.timezone && b.createString(node.timezone) || void 0;
        Timestamp.startTimestamp(b);
        Timestamp.addUnit(b, node.unit);
        if (timezone !== void 0) {
          Timestamp.addTimezone(b, timezone);
        }
        return Timestamp.endTimestamp(b);
      }
      visitInterval(node, b) {
        Interval.startInterval(b);
        Interval.addUnit(b, node.unit);
        return Interval.endInterval(b);
      }
      visitDuration(node, b) {
        Duration.startDuration(b);
        Duration.addUnit(b, node.unit);
        return Duration.endDuration(b);
      }
      visitList(_node, b) {
        List.startList(b);
        return List.endList(b);
      }
      visitLargeList(_node, b) {
        LargeList.startLargeList(b);
        return LargeList.endLargeList(b);
      }
      visitStruct(_node, b) {
        Struct_.startStruct_(b);
        return Struct_.endStruct_(b);
      }
      visitUnion(node, b) {
        Union.startTypeIdsVector(b, node.typeIds.length);
        const typeIds = Union.createTypeIdsVector(b, node.typeIds);
        Union.startUnion(b);
        Union.addMode(b, node.mode);
        Union.addTypeIds(b, typeIds);
        return Union.endUnion(b);
      }
      visitDictionary(node, b) {
        const indexType = this.visit(node.indices, b);
        DictionaryEncoding.startDictionaryEncoding(b);
        DictionaryEncoding.addId(b, BigInt(node.id));
        DictionaryEncoding.addIsOrdered(b, node.isOrdered);
        if (indexType !== void 0) {
          DictionaryEncoding.addIndexType(b, indexType);
        }
        return DictionaryEncoding.endDictionaryEncoding(b);
      }
      visitFixedSizeBinary(node, b) {
        FixedSizeBinary.startFixedSizeBinary(b);
        FixedSizeBinary.addByteWidth(b, node.byteWidth);
        return FixedSizeBinary.endFixedSizeBinary(b);
      }
      visitFixedSizeList(node, b) {
        FixedSizeList.startFixedSizeList(b);
        FixedSizeList.addListSize(b, node.listSize);
        return FixedSizeList.endFixedSizeList(b);
      }
      visitMap(node, b) {
        Map2.startMap(b);
        Map2.addKeysSorted(b, node.keysSorted);
        return Map2.endMap(b);
      }
    };
    instance6 = new TypeAssembler();
  }
});

// node_modules/apache-arrow/ipc/metadata/json.mjs
function schemaFromJSON(_schema, dictionaries = /* @__PURE__ */ new Map()) {
  return new Schema2(schemaFieldsFromJSON(_schema, dictionaries), customMetadataFromJSON(_schema["metadata"]), dictionaries);
}
function recordBatchFromJSON(b) {
  return new RecordBatch2(b["count"], fieldNodesFromJSON(b["columns"]), buffersFromJSON(b["columns"]), null, variadicBufferCountsFromJSON(b["columns"]));
}
function dictionaryBatchFromJSON(b) {
  return new DictionaryBatch2(recordBatchFromJSON(b["data"]), b["id"], b["isDelta"]);
}
function schemaFieldsFromJSON(_schema, dictionaries) {
  return (_schema["fields"] || []).filter(Boolean).map((f) => Field2.fromJSON(f, dictionaries));
}
function fieldChildrenFromJSON(_field, dictionaries) {
  return (_field["children"] || []).filter(Boolean).map((f) => Field2.fromJSON(f, dictionaries));
}
function fieldNodesFromJSON(xs) {
  return (xs || []).reduce((fieldNodes, column) => [
    ...fieldNodes,
    new FieldNode2(column["count"], nullCountFromJSON(column["VALIDITY"])),
    ...fieldNodesFromJSON(column["children"])
  ], []);
}
function buffersFromJSON(xs, buffers = []) {
  for (let i2 = -1, n = (xs || []).length; ++i2 < n; ) {
    const column = xs[i2];
    column["VALIDITY"] && buffers.push(new BufferRegion(buffers.length, column["VALIDITY"].length));
    column["TYPE_ID"] && buffers.push(new BufferRegion(buffers.length, column["TYPE_ID"].length));
    column["OFFSET"] && buffers.push(new BufferRegion(buffers.length, column["OFFSET"].length));
    column["DATA"] && buffers.push(new BufferRegion(buffers.length, column["DATA"].length));
    column["VIEWS"] && buffers.push(new BufferRegion(buffers.length, column["VIEWS"].length));
    if (column["VARIADIC_DATA_BUFFERS"]) {
      for (const buf of column["VARIADIC_DATA_BUFFERS"]) {
        buffers.push(new BufferRegion(buffers.length, buf.length));
      }
    }
    buffers = buffersFromJSON(column["children"], buffers);
  }
  return buffers;
}
function nullCountFromJSON(validity) {
  return (validity || []).reduce((sum, val) => sum + +(val === 0), 0);
}
function variadicBufferCountsFromJSON(xs) {
  return (xs || []).reduce((counts, column) => [
    ...counts,
    ...column["VARIADIC_DATA_BUFFERS"] ? [column["VARIADIC_DATA_BUFFERS"].length] : [],
    ...variadicBufferCountsFromJSON(column["children"])
  ], []);
}
function fieldFromJSON(_field, dictionaries) {
  let id;
  let keys;
  let field;
  let dictMeta;
  let type;
  let dictType;
  if (!dictionaries || !(dictMeta = _field["dictionary"])) {
    type = typeFromJSON(_field, fieldChildrenFromJSON(_field, dictionaries));
    field = new Field2(_field["name"], type, _field["nullable"], customMetadataFromJSON(_field["metadata"]));
  } else if (!dictionaries.has(id = dictMeta["id"])) {
    keys = (keys = dictMeta["indexType"]) ? indexTypeFromJSON(keys) : new Int32();
    dictionaries.set(id, type = typeFromJSON(_field, fieldChildrenFromJSON(_field, dictionaries)));
    dictType = new Dictionary(type, keys, id, dictMeta["isOrdered"]);
    field = new Field2(_field["name"], dictType, _field["nullable"], customMetadataFromJSON(_field["metadata"]));
  } else {
    keys = (keys = dictMeta["indexType"]) ? indexTypeFromJSON(keys) : new Int32();
    dictType = new Dictionary(dictionaries.get(id), keys, id, dictMeta["isOrdered"]);
    field = new Field2(_field["name"], dictType, _field["nullable"], customMetadataFromJSON(_field["metadata"]));
  }
  return field || null;
}
function customMetadataFromJSON(metadata2 = []) {
  return new Map(metadata2.map(({ key, value }) => [key, value]));
}
function indexTypeFromJSON(_type) {
  return new Int_(_type["isSigned"], _type["bitWidth"]);
}
function typeFromJSON(f, children) {
  const typeId = f["type"]["name"];
  switch (typeId) {
    case "NONE":
      return new Null2();
    case "null":
      return new Null2();
    case "binary":
      return new Binary2();
    case "largebinary":
      return new LargeBinary2();
    case "binaryview":
      return new BinaryView2();
    case "utf8":
      return new Utf82();
    case "largeutf8":
      return new LargeUtf82();
    case "utf8view":
      return new Utf8View2();
    case "bool":
      return new Bool2();
    case "list":
      return new List2((children || [])[0]);
    case "largelist":
      return new LargeList2((children || [])[0]);
    case "struct":
      return new Struct(children || []);
    case "struct_":
      return new Struct(children || []);
  }
  switch (typeId) {
    case "int": {
      const t = f["type"];
      return new Int_(t["isSigned"], t["bitWidth"]);
    }
    case "floatingpoint": {
      const t = f["type"];
      return new Float(Precision[t["precision"]]);
    }
    case "decimal": {
      const t = f["type"];
      return new Decimal2(t["scale"], t["precision"], t["bitWidth"]);
    }
    case "date": {
      const t = f["type"];
      return new Date_(DateUnit[t["unit"]]);
    }
    case "time": {
      const t = f["type"];
      return new Time_(TimeUnit[t["unit"]], t["bitWidth"]);
    }
    case "timestamp": {
      const t = f["type"];
      return new Timestamp_(TimeUnit[t["unit"]], t["timezone"]);
    }
    case "interval": {
      const t = f["type"];
      return new Interval_(IntervalUnit[t["unit"]]);
    }
    case "duration": {
      const t = f["type"];
      return new Duration2(TimeUnit[t["unit"]]);
    }
    case "union": {
      const t = f["type"];
      const [m, ...ms] = (t["mode"] + "").toLowerCase();
      const mode = m.toUpperCase() + ms.join("");
      return new Union_(UnionMode[mode], t["typeIds"] || [], children || []);
    }
    case "fixedsizebinary": {
      const t = f["type"];
      return new FixedSizeBinary2(t["byteWidth"]);
    }
    case "fixedsizelist": {
      const t = f["type"];
      return new FixedSizeList2(t["listSize"], (children || [])[0]);
    }
    case "map": {
      const t = f["type"];
      return new Map_((children || [])[0], t["keysSorted"]);
    }
  }
  throw new Error(`Unrecognized type: "${typeId}"`);
}
var init_json = __esm({
  "node_modules/apache-arrow/ipc/metadata/json.mjs"() {
    init_schema2();
    init_type2();
    init_message2();
    init_enum();
  }
});

// node_modules/apache-arrow/ipc/metadata/message.mjs
function messageHeaderFromJSON(message, type) {
  return (() => {
    switch (type) {
      case MessageHeader.Schema:
        return Schema2.fromJSON(message);
      case MessageHeader.RecordBatch:
        return RecordBatch2.fromJSON(message);
      case MessageHeader.DictionaryBatch:
        return DictionaryBatch2.fromJSON(message);
    }
    throw new Error(`Unrecognized Message type: { name: ${MessageHeader[type]}, type: ${type} }`);
  });
}
function decodeMessageHeader(message, type) {
  return (() => {
    switch (type) {
      case MessageHeader.Schema:
        return Schema2.decode(message.header(new Schema()), /* @__PURE__ */ new Map(), message.version());
      case MessageHeader.RecordBatch:
        return RecordBatch2.decode(message.header(new RecordBatch()), message.version());
      case MessageHeader.DictionaryBatch:
        return DictionaryBatch2.decode(message.header(new DictionaryBatch()), message.version());
    }
    throw new Error(`Unrecognized Message type: { name: ${MessageHeader[type]}, type: ${type} }`);
  });
}
function decodeSchema(_schema, dictionaries = /* @__PURE__ */ new Map(), version = MetadataVersion.V5) {
  const fields = decodeSchemaFields(_schema, dictionaries);
  return new Schema2(fields, decodeCustomMetadata(_schema), dictionaries, version);
}
function decodeRecordBatch(batch, version = MetadataVersion.V5) {
  const recordBatch = new RecordBatch2(batch.length(), decodeFieldNodes(batch), decodeBuffers(batch, version), decodeBodyCompression(batch.compression()), decodeVariadicBufferCounts(batch));
  return recordBatch;
}
function decodeDictionaryBatch(batch, version = MetadataVersion.V5) {
  return new DictionaryBatch2(RecordBatch2.decode(batch.data(), version), batch.id(), batch.isDelta());
}
function decodeBufferRegion(b) {
  return new BufferRegion(b.offset(), b.length());
}
function decodeFieldNode(f) {
  return new FieldNode2(f.length(), f.nullCount());
}
function decodeFieldNodes(batch) {
  const nodes = [];
  for (let f, i2 = -1, j = -1, n = batch.nodesLength(); ++i2 < n; ) {
    if (f = batch.nodes(i2)) {
      nodes[++j] = FieldNode2.decode(f);
    }
  }
  return nodes;
}
function decodeBuffers(batch, version) {
  const bufferRegions = [];
  for (let b, i2 = -1, j = -1, n = batch.buffersLength(); ++i2 < n; ) {
    if (b = batch.buffers(i2)) {
      if (version < MetadataVersion.V4) {
        b.bb_pos += 8 * (i2 + 1);
      }
      bufferRegions[++j] = BufferRegion.decode(b);
    }
  }
  return bufferRegions;
}
function decodeVariadicBufferCounts(batch) {
  const counts = [];
  const length = Math.trunc(batch.variadicBufferCountsLength());
  for (let i2 = 0; i2 < length; ++i2) {
    counts.push(bigIntToNumber(batch.variadicBufferCounts(i2)));
  }
  return counts;
}
function decodeSchemaFields(schema, dictionaries) {
  const fields = [];
  for (let f, i2 = -1, j = -1, n = schema.fieldsLength(); ++i2 < n; ) {
    if (f = schema.fields(i2)) {
      fields[++j] = Field2.decode(f, dictionaries);
    }
  }
  return fields;
}
function decodeFieldChildren(field, dictionaries) {
  const children = [];
  for (let f, i2 = -1, j = -1, n = field.childrenLength(); ++i2 < n; ) {
    if (f = field.children(i2)) {
      children[++j] = Field2.decode(f, dictionaries);
    }
  }
  return children;
}
function decodeField(f, dictionaries) {
  let id;
  let field;
  let type;
  let keys;
  let dictType;
  let dictMeta;
  if (!dictionaries || !(dictMeta = f.dictionary())) {
    type = decodeFieldType(f, decodeFieldChildren(f, dictionaries));
    field = new Field2(f.name(), type, f.nullable(), decodeCustomMetadata(f));
  } else if (!dictionaries.has(id = bigIntToNumber(dictMeta.id()))) {
    keys = (keys = dictMeta.indexType()) ? decodeIndexType(keys) : new Int32();
    dictionaries.set(id, type = decodeFieldType(f, decodeFieldChildren(f, dictionaries)));
    dictType = new Dictionary(type, keys, id, dictMeta.isOrdered());
    field = new Field2(f.name(), dictType, f.nullable(), decodeCustomMetadata(f));
  } else {
    keys = (keys = dictMeta.indexType()) ? decodeIndexType(keys) : new Int32();
    dictType = new Dictionary(dictionaries.get(id), keys, id, dictMeta.isOrdered());
    field = new Field2(f.name(), dictType, f.nullable(), decodeCustomMetadata(f));
  }
  return field || null;
}
function decodeCustomMetadata(parent) {
  const data = /* @__PURE__ */ new Map();
  if (parent) {
    for (let entry, key, i2 = -1, n = Math.trunc(parent.customMetadataLength()); ++i2 < n; ) {
      if ((entry = parent.customMetadata(i2)) && (key = entry.key()) != null) {
        data.set(key, entry.value());
      }
    }
  }
  return data;
}
function decodeMessageCustomMetadata(message) {
  const data = /* @__PURE__ */ new Map();
  for (let entry, key, i2 = -1, n = Math.trunc(message.customMetadataLength()); ++i2 < n; ) {
    if ((entry = message.customMetadata(i2)) && (key = entry.key()) != null) {
      data.set(key, entry.value());
    }
  }
  return data;
}
function decodeIndexType(_type) {
  return new Int_(_type.isSigned(), _type.bitWidth());
}
function decodeFieldType(f, children) {
  const typeId = f.typeType();
  switch (typeId) {
    case Type["NONE"]:
      return new Null2();
    case Type["Null"]:
      return new Null2();
    case Type["Binary"]:
      return new Binary2();
    case Type["LargeBinary"]:
      return new LargeBinary2();
    case Type["BinaryView"]:
      return new BinaryView2();
    case Type["Utf8"]:
      return new Utf82();
    case Type["LargeUtf8"]:
      return new LargeUtf82();
    case Type["Utf8View"]:
      return new Utf8View2();
    case Type["Bool"]:
      return new Bool2();
    case Type["List"]:
      return new List2((children || [])[0]);
    case Type["LargeList"]:
      return new LargeList2((children || [])[0]);
    case Type["Struct_"]:
      return new Struct(children || []);
  }
  switch (typeId) {
    case Type["Int"]: {
      const t = f.type(new Int());
      return new Int_(t.isSigned(), t.bitWidth());
    }
    case Type["FloatingPoint"]: {
      const t = f.type(new FloatingPoint());
      return new Float(t.precision());
    }
    case Type["Decimal"]: {
      const t = f.type(new Decimal());
      return new Decimal2(t.scale(), t.precision(), t.bitWidth());
    }
    case Type["Date"]: {
      const t = f.type(new Date2());
      return new Date_(t.unit());
    }
    case Type["Time"]: {
      const t = f.type(new Time());
      return new Time_(t.unit(), t.bitWidth());
    }
    case Type["Timestamp"]: {
      const t = f.type(new Timestamp());
      return new Timestamp_(t.unit(), t.timezone());
    }
    case Type["Interval"]: {
      const t = f.type(new Interval());
      return new Interval_(t.unit());
    }
    case Type["Duration"]: {
      const t = f.type(new Duration());
      return new Duration2(t.unit());
    }
    case Type["Union"]: {
      const t = f.type(new Union());
      return new Union_(t.mode(), t.typeIdsArray() || [], children || []);
    }
    case Type["FixedSizeBinary"]: {
      const t = f.type(new FixedSizeBinary());
      return new FixedSizeBinary2(t.byteWidth());
    }
    case Type["FixedSizeList"]: {
      const t = f.type(new FixedSizeList());
      return new FixedSizeList2(t.listSize(), (children || [])[0]);
    }
    case Type["Map"]: {
      const t = f.type(new Map2());
      return new Map_((children || [])[0], t.keysSorted());
    }
  }
  throw new Error(`Unrecognized type: "${Type[typeId]}" (${typeId})`);
}
function decodeBodyCompression(b) {
  return b ? new BodyCompression2(b.codec(), b.method()) : null;
}
function encodeSchema(b, schema) {
  const fieldOffsets = schema.fields.map((f) => Field2.encode(b, f));
  Schema.startFieldsVector(b, fieldOffsets.length);
  const fieldsVectorOffset = Schema.createFieldsVector(b, fieldOffsets);
  const metadataOffset = !(schema.metadata && schema.metadata.size > 0) ? -1 : Schema.createCustomMetadataVector(b, [...schema.metadata].map(([k, v]) => {
    const key = b.createString(`${k}`);
    const val = b.createString(`${v}`);
    KeyValue.startKeyValue(b);
    KeyValue.addKey(b, key);
    KeyValue.addValue(b, val);
    return KeyValue.endKeyValue(b);
  }));
  Schema.startSchema(b);
  Schema.addFields(b, fieldsVectorOffset);
  Schema.addEndianness(b, platformIsLittleEndian ? Endianness.Little : Endianness.Big);
  if (metadataOffset !== -1) {
    Schema.addCustomMetadata(b, metadataOffset);
  }
  return Schema.endSchema(b);
}
function encodeField(b, field) {
  let nameOffset = -1;
  let typeOffset = -1;
  let dictionaryOffset = -1;
  const type = field.type;
  let typeId = field.typeId;
  if (!DataType.isDictionary(type)) {
    typeOffset = instance6.visit(type, b);
  } else {
    typeId = type.dictionary.typeId;
    dictionaryOffset = instance6.visit(type, b);
    typeOffset = instance6.visit(type.dictionary, b);
  }
  const childOffsets = (type.children || []).map((f) => Field2.encode(b, f));
  const childrenVectorOffset = Field.createChildrenVector(b, childOffsets);
  const metadataOffset = !(field.metadata && field.metadata.size > 0) ? -1 : Field.createCustomMetadataVector(b, [...field.metadata].map(([k, v]) => {
    const key = b.createString(`${k}`);
    const val = b.createString(`${v}`);
    KeyValue.startKeyValue(b);
    KeyValue.addKey(b, key);
    KeyValue.addValue(b, val);
    return KeyValue.endKeyValue(b);
  }));
  if (field.name) {
    nameOffset = b.createString(field.name);
  }
  Field.startField(b);
  Field.addType(b, typeOffset);
  Field.addTypeType(b, typeId);
  Field.addChildren(b, childrenVectorOffset);
  Field.addNullable(b, !!field.nullable);
  if (nameOffset !== -1) {
    Field.addName(b, nameOffset);
  }
  if (dictionaryOffset !== -1) {
    Field.addDictionary(b, dictionaryOffset);
  }
  if (metadataOffset !== -1) {
    Field.addCustomMetadata(b, metadataOffset);
  }
  return Field.endField(b);
}
function encodeRecordBatch(b, recordBatch) {
  const nodes = recordBatch.nodes || [];
  const buffers = recordBatch.buffers || [];
  const variadicBufferCounts = recordBatch.variadicBufferCounts || [];
  RecordBatch.startNodesVector(b, nodes.length);
  for (const n of nodes.slice().reverse())
    FieldNode2.encode(b, n);
  const nodesVectorOffset = b.endVector();
  RecordBatch.startBuffersVector(b, buffers.length);
  for (const b_ of buffers.slice().reverse())
    BufferRegion.encode(b, b_);
  const buffersVectorOffset = b.endVector();
  let bodyCompressionOffset = null;
  if (recordBatch.compression !== null) {
    bodyCompressionOffset = encodeBodyCompression(b, recordBatch.compression);
  }
  let variadicBufferCountsOffset = -1;
  if (variadicBufferCounts.length > 0) {
    variadicBufferCountsOffset = RecordBatch.createVariadicBufferCountsVector(b, variadicBufferCounts.map(BigInt));
  }
  RecordBatch.startRecordBatch(b);
  RecordBatch.addLength(b, BigInt(recordBatch.length));
  RecordBatch.addNodes(b, nodesVectorOffset);
  RecordBatch.addBuffers(b, buffersVectorOffset);
  if (recordBatch.compression !== null && bodyCompressionOffset) {
    RecordBatch.addCompression(b, bodyCompressionOffset);
  }
  if (variadicBufferCountsOffset !== -1) {
    RecordBatch.addVariadicBufferCounts(b, variadicBufferCountsOffset);
  }
  return RecordBatch.endRecordBatch(b);
}
function encodeBodyCompression(b, node) {
  BodyCompression.startBodyCompression(b);
  BodyCompression.addCodec(b, node.type);
  BodyCompression.addMethod(b, node.method);
  return BodyCompression.endBodyCompression(b);
}
function encodeDictionaryBatch(b, dictionaryBatch) {
  const dataOffset = RecordBatch2.encode(b, dictionaryBatch.data);
  DictionaryBatch.startDictionaryBatch(b);
  DictionaryBatch.addId(b, BigInt(dictionaryBatch.id));
  DictionaryBatch.addIsDelta(b, dictionaryBatch.isDelta);
  DictionaryBatch.addData(b, dataOffset);
  return DictionaryBatch.endDictionaryBatch(b);
}
function encodeFieldNode(b, node) {
  return FieldNode.createFieldNode(b, BigInt(node.length), BigInt(node.nullCount));
}
function encodeBufferRegion(b, node) {
  return Buffer2.createBuffer(b, BigInt(node.offset), BigInt(node.length));
}
var flatbuffers34, Builder5, ByteBuffer4, Message2, RecordBatch2, DictionaryBatch2, BufferRegion, FieldNode2, BodyCompression2, platformIsLittleEndian;
var init_message2 = __esm({
  "node_modules/apache-arrow/ipc/metadata/message.mjs"() {
    flatbuffers34 = __toESM(require_flatbuffers(), 1);
    init_schema();
    init_int();
    init_record_batch();
    init_dictionary_batch();
    init_buffer2();
    init_field();
    init_field_node();
    init_type();
    init_key_value();
    init_endianness();
    init_floating_point();
    init_decimal();
    init_date();
    init_time();
    init_timestamp();
    init_interval();
    init_duration();
    init_union();
    init_fixed_size_binary();
    init_fixed_size_list();
    init_map();
    init_message();
    init_body_compression();
    init_body_compression_method();
    init_schema2();
    init_buffer();
    init_bigint();
    init_enum();
    init_typeassembler();
    init_json();
    init_type2();
    Builder5 = flatbuffers34.Builder;
    ByteBuffer4 = flatbuffers34.ByteBuffer;
    Message2 = class _Message {
      /** @nocollapse */
      static fromJSON(msg, headerType) {
        const message = new _Message(0, MetadataVersion.V5, headerType);
        message._createHeader = messageHeaderFromJSON(msg, headerType);
        return message;
      }
      /** @nocollapse */
      static decode(buf) {
        buf = new ByteBuffer4(toUint8Array(buf));
        const _message = Message.getRootAsMessage(buf);
        const bodyLength = _message.bodyLength();
        const version = _message.version();
        const headerType = _message.headerType();
        const metadata2 = decodeMessageCustomMetadata(_message);
        const message = new _Message(bodyLength, version, headerType, void 0, metadata2);
        message._createHeader = decodeMessageHeader(_message, headerType);
        return message;
      }
      /** @nocollapse */
      static encode(message) {
        const b = new Builder5();
        let headerOffset = -1;
        if (message.isSchema()) {
          headerOffset = Schema2.encode(b, message.header());
        } else if (message.isRecordBatch()) {
          headerOffset = RecordBatch2.encode(b, message.header());
        } else if (message.isDictionaryBatch()) {
          headerOffset = DictionaryBatch2.encode(b, message.header());
        }
        const customMetadataOffset = !(message.metadata && message.metadata.size > 0) ? -1 : Message.createCustomMetadataVector(b, [...message.metadata].map(([k, v]) => {
          const key = b.createString(`${k}`);
          const val = b.createString(`${v}`);
          KeyValue.startKeyValue(b);
          KeyValue.addKey(b, key);
          KeyValue.addValue(b, val);
          return KeyValue.endKeyValue(b);
        }));
        Message.startMessage(b);
        Message.addVersion(b, MetadataVersion.V5);
        Message.addHeader(b, headerOffset);
        Message.addHeaderType(b, message.headerType);
        Message.addBodyLength(b, BigInt(message.bodyLength));
        if (customMetadataOffset !== -1) {
          Message.addCustomMetadata(b, customMetadataOffset);
        }
        Message.finishMessageBuffer(b, Message.endMessage(b));
        return b.asUint8Array();
      }
      /** @nocollapse */
      static from(header, bodyLength = 0) {
        if (header instanceof Schema2) {
          return new _Message(0, MetadataVersion.V5, MessageHeader.Schema, header);
        }
        if (header instanceof RecordBatch2) {
          return new _Message(bodyLength, MetadataVersion.V5, MessageHeader.RecordBatch, header, header.metadata);
        }
        if (header instanceof DictionaryBatch2) {
          return new _Message(bodyLength, MetadataVersion.V5, MessageHeader.DictionaryBatch, header);
        }
        throw new Error(`Unrecognized Message header: ${header}`);
      }
      get type() {
        return this.headerType;
      }
      get version() {
        return this._version;
      }
      get headerType() {
        return this._headerType;
      }
      get compression() {
        return this._compression;
      }
      get bodyLength() {
        return this._bodyLength;
      }
      get metadata() {
        return this._metadata;
      }
      header() {
        return this._createHeader();
      }
      isSchema() {
        return this.headerType === MessageHeader.Schema;
      }
      isRecordBatch() {
        return this.headerType === MessageHeader.RecordBatch;
      }
      isDictionaryBatch() {
        return this.headerType === MessageHeader.DictionaryBatch;
      }
      constructor(bodyLength, version, headerType, header, metadata2) {
        this._version = version;
        this._headerType = headerType;
        this.body = new Uint8Array(0);
        this._compression = header === null || header === void 0 ? void 0 : header.compression;
        header && (this._createHeader = () => header);
        this._bodyLength = bigIntToNumber(bodyLength);
        this._metadata = metadata2 || /* @__PURE__ */ new Map();
      }
    };
    RecordBatch2 = class {
      get nodes() {
        return this._nodes;
      }
      get length() {
        return this._length;
      }
      get buffers() {
        return this._buffers;
      }
      get compression() {
        return this._compression;
      }
      get variadicBufferCounts() {
        return this._variadicBufferCounts;
      }
      get metadata() {
        return this._metadata;
      }
      constructor(length, nodes, buffers, compression, variadicBufferCounts = [], metadata2) {
        this._nodes = nodes;
        this._buffers = buffers;
        this._length = bigIntToNumber(length);
        this._compression = compression;
        this._variadicBufferCounts = variadicBufferCounts;
        this._metadata = metadata2 || /* @__PURE__ */ new Map();
      }
    };
    DictionaryBatch2 = class {
      get id() {
        return this._id;
      }
      get data() {
        return this._data;
      }
      get isDelta() {
        return this._isDelta;
      }
      get length() {
        return this.data.length;
      }
      get nodes() {
        return this.data.nodes;
      }
      get buffers() {
        return this.data.buffers;
      }
      constructor(data, id, isDelta = false) {
        this._data = data;
        this._isDelta = isDelta;
        this._id = bigIntToNumber(id);
      }
    };
    BufferRegion = class {
      constructor(offset, length) {
        this.offset = bigIntToNumber(offset);
        this.length = bigIntToNumber(length);
      }
    };
    FieldNode2 = class {
      constructor(length, nullCount) {
        this.length = bigIntToNumber(length);
        this.nullCount = bigIntToNumber(nullCount);
      }
    };
    BodyCompression2 = class {
      constructor(type, method = BodyCompressionMethod.BUFFER) {
        this.type = type;
        this.method = method;
      }
    };
    Field2["encode"] = encodeField;
    Field2["decode"] = decodeField;
    Field2["fromJSON"] = fieldFromJSON;
    Schema2["encode"] = encodeSchema;
    Schema2["decode"] = decodeSchema;
    Schema2["fromJSON"] = schemaFromJSON;
    RecordBatch2["encode"] = encodeRecordBatch;
    RecordBatch2["decode"] = decodeRecordBatch;
    RecordBatch2["fromJSON"] = recordBatchFromJSON;
    DictionaryBatch2["encode"] = encodeDictionaryBatch;
    DictionaryBatch2["decode"] = decodeDictionaryBatch;
    DictionaryBatch2["fromJSON"] = dictionaryBatchFromJSON;
    FieldNode2["encode"] = encodeFieldNode;
    FieldNode2["decode"] = decodeFieldNode;
    BufferRegion["encode"] = encodeBufferRegion;
    BufferRegion["decode"] = decodeBufferRegion;
    BodyCompression2["encode"] = encodeBodyCompression;
    BodyCompression2["decode"] = decodeBodyCompression;
    platformIsLittleEndian = (() => {
      const buffer = new ArrayBuffer(2);
      new DataView(buffer).setInt16(
        0,
        256,
        true
        /* littleEndian */
      );
      return new Int16Array(buffer)[0] === 256;
    })();
  }
});

// node_modules/apache-arrow/io/interfaces.mjs
var ITERATOR_DONE, ArrowJSON, ReadableInterop, AsyncQueue;
var init_interfaces = __esm({
  "node_modules/apache-arrow/io/interfaces.mjs"() {
    init_tslib_es6();
    init_adapters();
    ITERATOR_DONE = Object.freeze({ done: true, value: void 0 });
    ArrowJSON = class {
      constructor(_json) {
        this._json = _json;
      }
      get schema() {
        return this._json["schema"];
      }
      get batches() {
        return this._json["batches"] || [];
      }
      get dictionaries() {
        return this._json["dictionaries"] || [];
      }
    };
    ReadableInterop = class {
      tee() {
        return this._getDOMStream().tee();
      }
      pipe(writable, options2) {
        return this._getNodeStream().pipe(writable, options2);
      }
      pipeTo(writable, options2) {
        return this._getDOMStream().pipeTo(writable, options2);
      }
      pipeThrough(duplex, options2) {
        return this._getDOMStream().pipeThrough(duplex, options2);
      }
      _getDOMStream() {
        return this._DOMStream || (this._DOMStream = this.toDOMStream());
      }
      _getNodeStream() {
        return this._nodeStream || (this._nodeStream = this.toNodeStream());
      }
    };
    AsyncQueue = class extends ReadableInterop {
      constructor() {
        super();
        this._values = [];
        this.resolvers = [];
        this._closedPromise = new Promise((r) => this._closedPromiseResolve = r);
      }
      get closed() {
        return this._closedPromise;
      }
      cancel(reason) {
        return __awaiter(this, void 0, void 0, function* () {
          yield this.return(reason);
        });
      }
      write(value) {
        if (this._ensureOpen()) {
          this.resolvers.length <= 0 ? this._values.push(value) : this.resolvers.shift().resolve({ done: false, value });
        }
      }
      abort(value) {
        if (this._closedPromiseResolve) {
          this.resolvers.length <= 0 ? this._error = { error: value } : this.resolvers.shift().reject({ done: true, value });
        }
      }
      close() {
        if (this._closedPromiseResolve) {
          const { resolvers } = this;
          while (resolvers.length > 0) {
            resolvers.shift().resolve(ITERATOR_DONE);
          }
          this._closedPromiseResolve();
          this._closedPromiseResolve = void 0;
        }
      }
      [Symbol.asyncIterator]() {
        return this;
      }
      toDOMStream(options2) {
        return adapters_default.toDOMStream(this._closedPromiseResolve || this._error ? this : this._values, options2);
      }
      toNodeStream(options2) {
        return adapters_default.toNodeStream(this._closedPromiseResolve || this._error ? this : this._values, options2);
      }
      throw(_) {
        return __awaiter(this, void 0, void 0, function* () {
          yield this.abort(_);
          return ITERATOR_DONE;
        });
      }
      return(_) {
        return __awaiter(this, void 0, void 0, function* () {
          yield this.close();
          return ITERATOR_DONE;
        });
      }
      read(size) {
        return __awaiter(this, void 0, void 0, function* () {
          return (yield this.next(size, "read")).value;
        });
      }
      peek(size) {
        return __awaiter(this, void 0, void 0, function* () {
          return (yield this.next(size, "peek")).value;
        });
      }
      next(..._args) {
        if (this._values.length > 0) {
          return Promise.resolve({ done: false, value: this._values.shift() });
        } else if (this._error) {
          return Promise.reject({ done: true, value: this._error.error });
        } else if (!this._closedPromiseResolve) {
          return Promise.resolve(ITERATOR_DONE);
        } else {
          return new Promise((resolve, reject) => {
            this.resolvers.push({ resolve, reject });
          });
        }
      }
      _ensureOpen() {
        if (this._closedPromiseResolve) {
          return true;
        }
        throw new Error(`AsyncQueue is closed`);
      }
    };
  }
});

// node_modules/apache-arrow/io/stream.mjs
var AsyncByteQueue, ByteStream, AsyncByteStream, ByteStreamSource, AsyncByteStreamSource;
var init_stream = __esm({
  "node_modules/apache-arrow/io/stream.mjs"() {
    init_tslib_es6();
    init_adapters();
    init_utf8();
    init_interfaces();
    init_buffer();
    init_compat();
    AsyncByteQueue = class extends AsyncQueue {
      write(value) {
        if ((value = toUint8Array(value)).byteLength > 0) {
          return super.write(value);
        }
      }
      toString(sync = false) {
        return sync ? decodeUtf82(this.toUint8Array(true)) : this.toUint8Array(false).then(decodeUtf82);
      }
      toUint8Array(sync = false) {
        return sync ? joinUint8Arrays(this._values)[0] : (() => __awaiter(this, void 0, void 0, function* () {
          var _a5, e_1, _b2, _c2;
          const buffers = [];
          let byteLength = 0;
          try {
            for (var _d2 = true, _e2 = __asyncValues(this), _f2; _f2 = yield _e2.next(), _a5 = _f2.done, !_a5; _d2 = true) {
              _c2 = _f2.value;
              _d2 = false;
              const chunk = _c2;
              buffers.push(chunk);
              byteLength += chunk.byteLength;
            }
          } catch (e_1_1) {
            e_1 = { error: e_1_1 };
          } finally {
            try {
              if (!_d2 && !_a5 && (_b2 = _e2.return)) yield _b2.call(_e2);
            } finally {
              if (e_1) throw e_1.error;
            }
          }
          return joinUint8Arrays(buffers, byteLength)[0];
        }))();
      }
    };
    ByteStream = class {
      constructor(source) {
        if (source) {
          this.source = new ByteStreamSource(adapters_default.fromIterable(source));
        }
      }
      [Symbol.iterator]() {
        return this;
      }
      next(value) {
        return this.source.next(value);
      }
      throw(value) {
        return this.source.throw(value);
      }
      return(value) {
        return this.source.return(value);
      }
      peek(size) {
        return this.source.peek(size);
      }
      read(size) {
        return this.source.read(size);
      }
    };
    AsyncByteStream = class _AsyncByteStream {
      constructor(source) {
        if (source instanceof _AsyncByteStream) {
          this.source = source.source;
        } else if (source instanceof AsyncByteQueue) {
          this.source = new AsyncByteStreamSource(adapters_default.fromAsyncIterable(source));
        } else if (isReadableNodeStream(source)) {
          this.source = new AsyncByteStreamSource(adapters_default.fromNodeStream(source));
        } else if (isReadableDOMStream(source)) {
          this.source = new AsyncByteStreamSource(adapters_default.fromDOMStream(source));
        } else if (isFetchResponse(source)) {
          this.source = new AsyncByteStreamSource(adapters_default.fromDOMStream(source.body));
        } else if (isIterable(source)) {
          this.source = new AsyncByteStreamSource(adapters_default.fromIterable(source));
        } else if (isPromise(source)) {
          this.source = new AsyncByteStreamSource(adapters_default.fromAsyncIterable(source));
        } else if (isAsyncIterable(source)) {
          this.source = new AsyncByteStreamSource(adapters_default.fromAsyncIterable(source));
        }
      }
      [Symbol.asyncIterator]() {
        return this;
      }
      next(value) {
        return this.source.next(value);
      }
      throw(value) {
        return this.source.throw(value);
      }
      return(value) {
        return this.source.return(value);
      }
      get closed() {
        return this.source.closed;
      }
      cancel(reason) {
        return this.source.cancel(reason);
      }
      peek(size) {
        return this.source.peek(size);
      }
      read(size) {
        return this.source.read(size);
      }
    };
    ByteStreamSource = class {
      constructor(source) {
        this.source = source;
      }
      cancel(reason) {
        this.return(reason);
      }
      peek(size) {
        return this.next(size, "peek").value;
      }
      read(size) {
        return this.next(size, "read").value;
      }
      next(size, cmd = "read") {
        return this.source.next({ cmd, size });
      }
      throw(value) {
        return Object.create(this.source.throw && this.source.throw(value) || ITERATOR_DONE);
      }
      return(value) {
        return Object.create(this.source.return && this.source.return(value) || ITERATOR_DONE);
      }
    };
    AsyncByteStreamSource = class {
      constructor(source) {
        this.source = source;
        this._closedPromise = new Promise((r) => this._closedPromiseResolve = r);
      }
      cancel(reason) {
        return __awaiter(this, void 0, void 0, function* () {
          yield this.return(reason);
        });
      }
      get closed() {
        return this._closedPromise;
      }
      read(size) {
        return __awaiter(this, void 0, void 0, function* () {
          return (yield this.next(size, "read")).value;
        });
      }
      peek(size) {
        return __awaiter(this, void 0, void 0, function* () {
          return (yield this.next(size, "peek")).value;
        });
      }
      next(size_1) {
        return __awaiter(this, arguments, void 0, function* (size, cmd = "read") {
          return yield this.source.next({ cmd, size });
        });
      }
      throw(value) {
        return __awaiter(this, void 0, void 0, function* () {
          const result = this.source.throw && (yield this.source.throw(value)) || ITERATOR_DONE;
          this._closedPromiseResolve && this._closedPromiseResolve();
          this._closedPromiseResolve = void 0;
          return Object.create(result);
        });
      }
      return(value) {
        return __awaiter(this, void 0, void 0, function* () {
          const result = this.source.return && (yield this.source.return(value)) || ITERATOR_DONE;
          this._closedPromiseResolve && this._closedPromiseResolve();
          this._closedPromiseResolve = void 0;
          return Object.create(result);
        });
      }
    };
  }
});

// node_modules/apache-arrow/io/file.mjs
var RandomAccessFile, AsyncRandomAccessFile;
var init_file2 = __esm({
  "node_modules/apache-arrow/io/file.mjs"() {
    init_tslib_es6();
    init_stream();
    init_buffer();
    RandomAccessFile = class extends ByteStream {
      constructor(buffer, byteLength) {
        super();
        this.position = 0;
        this.buffer = toUint8Array(buffer);
        this.size = byteLength === void 0 ? this.buffer.byteLength : byteLength;
      }
      readInt32(position) {
        const { buffer, byteOffset } = this.readAt(position, 4);
        return new DataView(buffer, byteOffset).getInt32(0, true);
      }
      seek(position) {
        this.position = Math.min(position, this.size);
        return position < this.size;
      }
      read(nBytes) {
        const { buffer, size, position } = this;
        if (buffer && position < size) {
          if (typeof nBytes !== "number") {
            nBytes = Number.POSITIVE_INFINITY;
          }
          this.position = Math.min(size, position + Math.min(size - position, nBytes));
          return buffer.subarray(position, this.position);
        }
        return null;
      }
      readAt(position, nBytes) {
        const buf = this.buffer;
        const end = Math.min(this.size, position + nBytes);
        return buf ? buf.subarray(position, end) : new Uint8Array(nBytes);
      }
      close() {
        this.buffer && (this.buffer = null);
      }
      throw(value) {
        this.close();
        return { done: true, value };
      }
      return(value) {
        this.close();
        return { done: true, value };
      }
    };
    AsyncRandomAccessFile = class extends AsyncByteStream {
      constructor(file, byteLength) {
        super();
        this.position = 0;
        this._handle = file;
        if (typeof byteLength === "number") {
          this.size = byteLength;
        } else {
          this._pending = (() => __awaiter(this, void 0, void 0, function* () {
            this.size = (yield file.stat()).size;
            delete this._pending;
          }))();
        }
      }
      readInt32(position) {
        return __awaiter(this, void 0, void 0, function* () {
          const { buffer, byteOffset } = yield this.readAt(position, 4);
          return new DataView(buffer, byteOffset).getInt32(0, true);
        });
      }
      seek(position) {
        return __awaiter(this, void 0, void 0, function* () {
          this._pending && (yield this._pending);
          this.position = Math.min(position, this.size);
          return position < this.size;
        });
      }
      read(nBytes) {
        return __awaiter(this, void 0, void 0, function* () {
          this._pending && (yield this._pending);
          const { _handle: file, size, position } = this;
          if (file && position < size) {
            if (typeof nBytes !== "number") {
              nBytes = Number.POSITIVE_INFINITY;
            }
            let pos = position, offset = 0, bytesRead = 0;
            const end = Math.min(size, pos + Math.min(size - pos, nBytes));
            const buffer = new Uint8Array(Math.max(0, (this.position = end) - pos));
            while ((pos += bytesRead) < end && (offset += bytesRead) < buffer.byteLength) {
              ({ bytesRead } = yield file.read(buffer, offset, buffer.byteLength - offset, pos));
            }
            return buffer;
          }
          return null;
        });
      }
      readAt(position, nBytes) {
        return __awaiter(this, void 0, void 0, function* () {
          this._pending && (yield this._pending);
          const { _handle: file, size } = this;
          if (file && position + nBytes < size) {
            const end = Math.min(size, position + nBytes);
            const buffer = new Uint8Array(end - position);
            return (yield file.read(buffer, 0, nBytes, position)).buffer;
          }
          return new Uint8Array(nBytes);
        });
      }
      close() {
        return __awaiter(this, void 0, void 0, function* () {
          const f = this._handle;
          this._handle = null;
          f && (yield f.close());
        });
      }
      throw(value) {
        return __awaiter(this, void 0, void 0, function* () {
          yield this.close();
          return { done: true, value };
        });
      }
      return(value) {
        return __awaiter(this, void 0, void 0, function* () {
          yield this.close();
          return { done: true, value };
        });
      }
    };
  }
});

// node_modules/apache-arrow/util/int.mjs
var int_exports = {};
__export(int_exports, {
  BaseInt64: () => BaseInt64,
  Int128: () => Int128,
  Int64: () => Int642,
  Uint64: () => Uint642
});
function intAsHex(value) {
  if (value < 0) {
    value = 4294967295 + value + 1;
  }
  return `0x${value.toString(16)}`;
}
var carryBit16, kInt32DecimalDigits, kPowersOfTen, BaseInt64, Uint642, Int642, Int128;
var init_int2 = __esm({
  "node_modules/apache-arrow/util/int.mjs"() {
    carryBit16 = 1 << 16;
    kInt32DecimalDigits = 8;
    kPowersOfTen = [
      1,
      10,
      100,
      1e3,
      1e4,
      1e5,
      1e6,
      1e7,
      1e8
    ];
    BaseInt64 = class {
      constructor(buffer) {
        this.buffer = buffer;
      }
      high() {
        return this.buffer[1];
      }
      low() {
        return this.buffer[0];
      }
      _times(other) {
        const L = new Uint32Array([
          this.buffer[1] >>> 16,
          this.buffer[1] & 65535,
          this.buffer[0] >>> 16,
          this.buffer[0] & 65535
        ]);
        const R = new Uint32Array([
          other.buffer[1] >>> 16,
          other.buffer[1] & 65535,
          other.buffer[0] >>> 16,
          other.buffer[0] & 65535
        ]);
        let product = L[3] * R[3];
        this.buffer[0] = product & 65535;
        let sum = product >>> 16;
        product = L[2] * R[3];
        sum += product;
        product = L[3] * R[2] >>> 0;
        sum += product;
        this.buffer[0] += sum << 16;
        this.buffer[1] = sum >>> 0 < product ? carryBit16 : 0;
        this.buffer[1] += sum >>> 16;
        this.buffer[1] += L[1] * R[3] + L[2] * R[2] + L[3] * R[1];
        this.buffer[1] += L[0] * R[3] + L[1] * R[2] + L[2] * R[1] + L[3] * R[0] << 16;
        return this;
      }
      _plus(other) {
        const sum = this.buffer[0] + other.buffer[0] >>> 0;
        this.buffer[1] += other.buffer[1];
        if (sum < this.buffer[0] >>> 0) {
          ++this.buffer[1];
        }
        this.buffer[0] = sum;
      }
      lessThan(other) {
        return this.buffer[1] < other.buffer[1] || this.buffer[1] === other.buffer[1] && this.buffer[0] < other.buffer[0];
      }
      equals(other) {
        return this.buffer[1] === other.buffer[1] && this.buffer[0] == other.buffer[0];
      }
      greaterThan(other) {
        return other.lessThan(this);
      }
      hex() {
        return `${intAsHex(this.buffer[1])} ${intAsHex(this.buffer[0])}`;
      }
    };
    Uint642 = class _Uint64 extends BaseInt64 {
      times(other) {
        this._times(other);
        return this;
      }
      plus(other) {
        this._plus(other);
        return this;
      }
      /** @nocollapse */
      static from(val, out_buffer = new Uint32Array(2)) {
        return _Uint64.fromString(typeof val === "string" ? val : val.toString(), out_buffer);
      }
      /** @nocollapse */
      static fromNumber(num, out_buffer = new Uint32Array(2)) {
        return _Uint64.fromString(num.toString(), out_buffer);
      }
      /** @nocollapse */
      static fromString(str, out_buffer = new Uint32Array(2)) {
        const length = str.length;
        const out2 = new _Uint64(out_buffer);
        for (let posn = 0; posn < length; ) {
          const group = kInt32DecimalDigits < length - posn ? kInt32DecimalDigits : length - posn;
          const chunk = new _Uint64(new Uint32Array([Number.parseInt(str.slice(posn, posn + group), 10), 0]));
          const multiple = new _Uint64(new Uint32Array([kPowersOfTen[group], 0]));
          out2.times(multiple);
          out2.plus(chunk);
          posn += group;
        }
        return out2;
      }
      /** @nocollapse */
      static convertArray(values) {
        const data = new Uint32Array(values.length * 2);
        for (let i2 = -1, n = values.length; ++i2 < n; ) {
          _Uint64.from(values[i2], new Uint32Array(data.buffer, data.byteOffset + 2 * i2 * 4, 2));
        }
        return data;
      }
      /** @nocollapse */
      static multiply(left, right) {
        const rtrn = new _Uint64(new Uint32Array(left.buffer));
        return rtrn.times(right);
      }
      /** @nocollapse */
      static add(left, right) {
        const rtrn = new _Uint64(new Uint32Array(left.buffer));
        return rtrn.plus(right);
      }
    };
    Int642 = class _Int64 extends BaseInt64 {
      negate() {
        this.buffer[0] = ~this.buffer[0] + 1;
        this.buffer[1] = ~this.buffer[1];
        if (this.buffer[0] == 0) {
          ++this.buffer[1];
        }
        return this;
      }
      times(other) {
        this._times(other);
        return this;
      }
      plus(other) {
        this._plus(other);
        return this;
      }
      lessThan(other) {
        const this_high = this.buffer[1] << 0;
        const other_high = other.buffer[1] << 0;
        return this_high < other_high || this_high === other_high && this.buffer[0] < other.buffer[0];
      }
      /** @nocollapse */
      static from(val, out_buffer = new Uint32Array(2)) {
        return _Int64.fromString(typeof val === "string" ? val : val.toString(), out_buffer);
      }
      /** @nocollapse */
      static fromNumber(num, out_buffer = new Uint32Array(2)) {
        return _Int64.fromString(num.toString(), out_buffer);
      }
      /** @nocollapse */
      static fromString(str, out_buffer = new Uint32Array(2)) {
        const negate = str.startsWith("-");
        const length = str.length;
        const out2 = new _Int64(out_buffer);
        for (let posn = negate ? 1 : 0; posn < length; ) {
          const group = kInt32DecimalDigits < length - posn ? kInt32DecimalDigits : length - posn;
          const chunk = new _Int64(new Uint32Array([Number.parseInt(str.slice(posn, posn + group), 10), 0]));
          const multiple = new _Int64(new Uint32Array([kPowersOfTen[group], 0]));
          out2.times(multiple);
          out2.plus(chunk);
          posn += group;
        }
        return negate ? out2.negate() : out2;
      }
      /** @nocollapse */
      static convertArray(values) {
        const data = new Uint32Array(values.length * 2);
        for (let i2 = -1, n = values.length; ++i2 < n; ) {
          _Int64.from(values[i2], new Uint32Array(data.buffer, data.byteOffset + 2 * i2 * 4, 2));
        }
        return data;
      }
      /** @nocollapse */
      static multiply(left, right) {
        const rtrn = new _Int64(new Uint32Array(left.buffer));
        return rtrn.times(right);
      }
      /** @nocollapse */
      static add(left, right) {
        const rtrn = new _Int64(new Uint32Array(left.buffer));
        return rtrn.plus(right);
      }
    };
    Int128 = class _Int128 {
      constructor(buffer) {
        this.buffer = buffer;
      }
      high() {
        return new Int642(new Uint32Array(this.buffer.buffer, this.buffer.byteOffset + 8, 2));
      }
      low() {
        return new Int642(new Uint32Array(this.buffer.buffer, this.buffer.byteOffset, 2));
      }
      negate() {
        this.buffer[0] = ~this.buffer[0] + 1;
        this.buffer[1] = ~this.buffer[1];
        this.buffer[2] = ~this.buffer[2];
        this.buffer[3] = ~this.buffer[3];
        if (this.buffer[0] == 0) {
          ++this.buffer[1];
        }
        if (this.buffer[1] == 0) {
          ++this.buffer[2];
        }
        if (this.buffer[2] == 0) {
          ++this.buffer[3];
        }
        return this;
      }
      times(other) {
        const L0 = new Uint642(new Uint32Array([this.buffer[3], 0]));
        const L1 = new Uint642(new Uint32Array([this.buffer[2], 0]));
        const L2 = new Uint642(new Uint32Array([this.buffer[1], 0]));
        const L3 = new Uint642(new Uint32Array([this.buffer[0], 0]));
        const R0 = new Uint642(new Uint32Array([other.buffer[3], 0]));
        const R1 = new Uint642(new Uint32Array([other.buffer[2], 0]));
        const R2 = new Uint642(new Uint32Array([other.buffer[1], 0]));
        const R3 = new Uint642(new Uint32Array([other.buffer[0], 0]));
        let product = Uint642.multiply(L3, R3);
        this.buffer[0] = product.low();
        const sum = new Uint642(new Uint32Array([product.high(), 0]));
        product = Uint642.multiply(L2, R3);
        sum.plus(product);
        product = Uint642.multiply(L3, R2);
        sum.plus(product);
        this.buffer[1] = sum.low();
        this.buffer[3] = sum.lessThan(product) ? 1 : 0;
        this.buffer[2] = sum.high();
        const high = new Uint642(new Uint32Array(this.buffer.buffer, this.buffer.byteOffset + 8, 2));
        high.plus(Uint642.multiply(L1, R3)).plus(Uint642.multiply(L2, R2)).plus(Uint642.multiply(L3, R1));
        this.buffer[3] += Uint642.multiply(L0, R3).plus(Uint642.multiply(L1, R2)).plus(Uint642.multiply(L2, R1)).plus(Uint642.multiply(L3, R0)).low();
        return this;
      }
      plus(other) {
        const sums = new Uint32Array(4);
        sums[3] = this.buffer[3] + other.buffer[3] >>> 0;
        sums[2] = this.buffer[2] + other.buffer[2] >>> 0;
        sums[1] = this.buffer[1] + other.buffer[1] >>> 0;
        sums[0] = this.buffer[0] + other.buffer[0] >>> 0;
        if (sums[0] < this.buffer[0] >>> 0) {
          ++sums[1];
        }
        if (sums[1] < this.buffer[1] >>> 0) {
          ++sums[2];
        }
        if (sums[2] < this.buffer[2] >>> 0) {
          ++sums[3];
        }
        this.buffer[3] = sums[3];
        this.buffer[2] = sums[2];
        this.buffer[1] = sums[1];
        this.buffer[0] = sums[0];
        return this;
      }
      hex() {
        return `${intAsHex(this.buffer[3])} ${intAsHex(this.buffer[2])} ${intAsHex(this.buffer[1])} ${intAsHex(this.buffer[0])}`;
      }
      /** @nocollapse */
      static multiply(left, right) {
        const rtrn = new _Int128(new Uint32Array(left.buffer));
        return rtrn.times(right);
      }
      /** @nocollapse */
      static add(left, right) {
        const rtrn = new _Int128(new Uint32Array(left.buffer));
        return rtrn.plus(right);
      }
      /** @nocollapse */
      static from(val, out_buffer = new Uint32Array(4)) {
        return _Int128.fromString(typeof val === "string" ? val : val.toString(), out_buffer);
      }
      /** @nocollapse */
      static fromNumber(num, out_buffer = new Uint32Array(4)) {
        return _Int128.fromString(num.toString(), out_buffer);
      }
      /** @nocollapse */
      static fromString(str, out_buffer = new Uint32Array(4)) {
        const negate = str.startsWith("-");
        const length = str.length;
        const out2 = new _Int128(out_buffer);
        for (let posn = negate ? 1 : 0; posn < length; ) {
          const group = kInt32DecimalDigits < length - posn ? kInt32DecimalDigits : length - posn;
          const chunk = new _Int128(new Uint32Array([Number.parseInt(str.slice(posn, posn + group), 10), 0, 0, 0]));
          const multiple = new _Int128(new Uint32Array([kPowersOfTen[group], 0, 0, 0]));
          out2.times(multiple);
          out2.plus(chunk);
          posn += group;
        }
        return negate ? out2.negate() : out2;
      }
      /** @nocollapse */
      static convertArray(values) {
        const data = new Uint32Array(values.length * 4);
        for (let i2 = -1, n = values.length; ++i2 < n; ) {
          _Int128.from(values[i2], new Uint32Array(data.buffer, data.byteOffset + 4 * 4 * i2, 4));
        }
        return data;
      }
    };
  }
});

// node_modules/apache-arrow/util/interval.mjs
var interval_exports = {};
__export(interval_exports, {
  toIntervalDayTimeInt32Array: () => toIntervalDayTimeInt32Array,
  toIntervalDayTimeObjects: () => toIntervalDayTimeObjects,
  toIntervalMonthDayNanoInt32Array: () => toIntervalMonthDayNanoInt32Array,
  toIntervalMonthDayNanoObjects: () => toIntervalMonthDayNanoObjects
});
function toIntervalDayTimeInt32Array(objects) {
  var _a5, _b2;
  const length = objects.length;
  const array = new Int32Array(length * 2);
  for (let oi = 0, ai = 0; oi < length; oi++) {
    const interval = objects[oi];
    array[ai++] = (_a5 = interval["days"]) !== null && _a5 !== void 0 ? _a5 : 0;
    array[ai++] = (_b2 = interval["milliseconds"]) !== null && _b2 !== void 0 ? _b2 : 0;
  }
  return array;
}
function toIntervalMonthDayNanoInt32Array(objects) {
  var _a5, _b2;
  const length = objects.length;
  const data = new Int32Array(length * 4);
  for (let oi = 0, ai = 0; oi < length; oi++) {
    const interval = objects[oi];
    data[ai++] = (_a5 = interval["months"]) !== null && _a5 !== void 0 ? _a5 : 0;
    data[ai++] = (_b2 = interval["days"]) !== null && _b2 !== void 0 ? _b2 : 0;
    const nanoseconds = interval["nanoseconds"];
    if (nanoseconds) {
      const ns = BigInt(nanoseconds);
      data[ai++] = Number(ns & BigInt(4294967295)) >>> 0;
      data[ai++] = Number(ns >> BigInt(32)) >>> 0;
    } else {
      ai += 2;
    }
  }
  return data;
}
function toIntervalDayTimeObjects(array) {
  const length = array.length;
  const objects = new Array(length / 2);
  for (let ai = 0, oi = 0; ai < length; ai += 2) {
    objects[oi++] = {
      "days": array[ai],
      "milliseconds": array[ai + 1]
    };
  }
  return objects;
}
function toIntervalMonthDayNanoObjects(array, stringifyNano) {
  const length = array.length;
  const objects = new Array(length / 4);
  for (let ai = 0, oi = 0; ai < length; ai += 4) {
    const nanoseconds = BigInt(array[ai + 3]) << BigInt(32) | BigInt(array[ai + 2] >>> 0);
    objects[oi++] = {
      "months": array[ai],
      "days": array[ai + 1],
      "nanoseconds": stringifyNano ? `${nanoseconds}` : nanoseconds
    };
  }
  return objects;
}
var init_interval2 = __esm({
  "node_modules/apache-arrow/util/interval.mjs"() {
  }
});

// node_modules/apache-arrow/visitor/vectorloader.mjs
function hexStringToBytes(hexString) {
  const data = new Uint8Array(hexString.length / 2);
  for (let i2 = 0; i2 < hexString.length; i2 += 2) {
    data[i2 >> 1] = Number.parseInt(hexString.slice(i2, i2 + 2), 16);
  }
  return data;
}
function binaryDataFromJSON(values) {
  return hexStringToBytes(values.join(""));
}
function parseViewDataFromJSON(views, parseInlined) {
  const data = new Uint8Array(views.length * 16);
  const dataView = new DataView(data.buffer);
  for (const [i2, view] of views.entries()) {
    const offset = i2 * 16;
    const size = view["SIZE"];
    dataView.setInt32(offset, size, true);
    if (view["INLINED"] !== void 0) {
      const bytes = parseInlined(view["INLINED"]);
      for (let j = 0; j < bytes.length && j < 12; j++) {
        data[offset + 4 + j] = bytes[j];
      }
    } else {
      const prefix = view["PREFIX_HEX"];
      for (let j = 0; j < 8 && j < prefix.length; j += 2) {
        data[offset + 4 + (j >> 1)] = Number.parseInt(prefix.slice(j, j + 2), 16);
      }
      dataView.setInt32(offset + 8, view["BUFFER_INDEX"], true);
      dataView.setInt32(offset + 12, view["OFFSET"], true);
    }
  }
  return data;
}
function binaryViewDataFromJSON(views) {
  return parseViewDataFromJSON(views, (inlined) => {
    const bytes = new Uint8Array(inlined.length / 2);
    for (let i2 = 0; i2 < inlined.length; i2 += 2) {
      bytes[i2 >> 1] = Number.parseInt(inlined.slice(i2, i2 + 2), 16);
    }
    return bytes;
  });
}
function utf8ViewDataFromJSON(views) {
  return parseViewDataFromJSON(views, (inlined) => {
    const encoder3 = new TextEncoder();
    return encoder3.encode(inlined);
  });
}
var VectorLoader, JSONVectorLoader, CompressedVectorLoader;
var init_vectorloader = __esm({
  "node_modules/apache-arrow/visitor/vectorloader.mjs"() {
    init_data();
    init_schema2();
    init_type2();
    init_visitor();
    init_bit();
    init_utf8();
    init_int2();
    init_enum();
    init_buffer();
    init_interval2();
    VectorLoader = class extends Visitor {
      constructor(bytes, nodes, buffers, dictionaries, metadataVersion = MetadataVersion.V5, variadicBufferCounts = []) {
        super();
        this.nodesIndex = -1;
        this.buffersIndex = -1;
        this.variadicBufferIndex = -1;
        this.bytes = bytes;
        this.nodes = nodes;
        this.buffers = buffers;
        this.dictionaries = dictionaries;
        this.metadataVersion = metadataVersion;
        this.variadicBufferCounts = variadicBufferCounts;
      }
      visit(node) {
        return super.visit(node instanceof Field2 ? node.type : node);
      }
      visitNull(type, { length } = this.nextFieldNode()) {
        return makeData({ type, length });
      }
      visitBool(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), data: this.readData(type) });
      }
      visitInt(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), data: this.readData(type) });
      }
      visitFloat(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), data: this.readData(type) });
      }
      visitUtf8(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), valueOffsets: this.readOffsets(type), data: this.readData(type) });
      }
      visitLargeUtf8(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), valueOffsets: this.readOffsets(type), data: this.readData(type) });
      }
      visitUtf8View(type, { length, nullCount } = this.nextFieldNode()) {
        const nullBitmap = this.readNullBitmap(type, nullCount);
        const views = this.readData(type);
        const variadicBuffers = this.readVariadicBuffers(this.nextVariadicBufferCount());
        return makeData({
          type,
          length,
          nullCount,
          nullBitmap,
          ["views"]: views,
          ["variadicBuffers"]: variadicBuffers
        });
      }
      visitBinary(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), valueOffsets: this.readOffsets(type), data: this.readData(type) });
      }
      visitLargeBinary(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), valueOffsets: this.readOffsets(type), data: this.readData(type) });
      }
      visitBinaryView(type, { length, nullCount } = this.nextFieldNode()) {
        const nullBitmap = this.readNullBitmap(type, nullCount);
        const views = this.readData(type);
        const variadicBuffers = this.readVariadicBuffers(this.nextVariadicBufferCount());
        return makeData({
          type,
          length,
          nullCount,
          nullBitmap,
          ["views"]: views,
          ["variadicBuffers"]: variadicBuffers
        });
      }
      visitFixedSizeBinary(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), data: this.readData(type) });
      }
      visitDate(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), data: this.readData(type) });
      }
      visitTimestamp(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), data: this.readData(type) });
      }
      visitTime(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), data: this.readData(type) });
      }
      visitDecimal(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), data: this.readData(type) });
      }
      visitList(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), valueOffsets: this.readOffsets(type), "child": this.visit(type.children[0]) });
      }
      visitLargeList(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), valueOffsets: this.readOffsets(type), "child": this.visit(type.children[0]) });
      }
      visitStruct(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), children: this.visitMany(type.children) });
      }
      visitUnion(type, { length, nullCount } = this.nextFieldNode()) {
        if (this.metadataVersion < MetadataVersion.V5) {
          this.readNullBitmap(type, nullCount);
        }
        return type.mode === UnionMode.Sparse ? this.visitSparseUnion(type, { length, nullCount }) : this.visitDenseUnion(type, { length, nullCount });
      }
      visitDenseUnion(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, typeIds: this.readTypeIds(type), valueOffsets: this.readOffsets(type), children: this.visitMany(type.children) });
      }
      visitSparseUnion(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, typeIds: this.readTypeIds(type), children: this.visitMany(type.children) });
      }
      visitDictionary(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), data: this.readData(type.indices), dictionary: this.readDictionary(type) });
      }
      visitInterval(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), data: this.readData(type) });
      }
      visitDuration(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), data: this.readData(type) });
      }
      visitFixedSizeList(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), "child": this.visit(type.children[0]) });
      }
      visitMap(type, { length, nullCount } = this.nextFieldNode()) {
        return makeData({ type, length, nullCount, nullBitmap: this.readNullBitmap(type, nullCount), valueOffsets: this.readOffsets(type), "child": this.visit(type.children[0]) });
      }
      nextFieldNode() {
        return this.nodes[++this.nodesIndex];
      }
      nextBufferRange() {
        return this.buffers[++this.buffersIndex];
      }
      readNullBitmap(type, nullCount, buffer = this.nextBufferRange()) {
        return nullCount > 0 && this.readData(type, buffer) || new Uint8Array(0);
      }
      readOffsets(type, buffer) {
        return this.readData(type, buffer);
      }
      readTypeIds(type, buffer) {
        return this.readData(type, buffer);
      }
      readData(_type, { length, offset } = this.nextBufferRange()) {
        return this.bytes.subarray(offset, offset + length);
      }
      readVariadicBuffers(length) {
        return Array.from({ length }, () => this.readData(null));
      }
      nextVariadicBufferCount() {
        var _a5;
        return (_a5 = this.variadicBufferCounts[++this.variadicBufferIndex]) !== null && _a5 !== void 0 ? _a5 : 0;
      }
      readDictionary(type) {
        return this.dictionaries.get(type.id);
      }
    };
    JSONVectorLoader = class extends VectorLoader {
      constructor(sources, nodes, buffers, dictionaries, metadataVersion, variadicBufferCounts = []) {
        super(new Uint8Array(0), nodes, buffers, dictionaries, metadataVersion, variadicBufferCounts);
        this.sources = sources;
      }
      readNullBitmap(_type, nullCount, { offset } = this.nextBufferRange()) {
        return nullCount <= 0 ? new Uint8Array(0) : packBools(this.sources[offset]);
      }
      readOffsets(_type, { offset } = this.nextBufferRange()) {
        return toArrayBufferView(Uint8Array, toArrayBufferView(_type.OffsetArrayType, this.sources[offset]));
      }
      readTypeIds(type, { offset } = this.nextBufferRange()) {
        return toArrayBufferView(Uint8Array, toArrayBufferView(type.ArrayType, this.sources[offset]));
      }
      readData(type, { offset } = this.nextBufferRange()) {
        const { sources } = this;
        if (DataType.isTimestamp(type)) {
          return toArrayBufferView(Uint8Array, Int642.convertArray(sources[offset]));
        } else if ((DataType.isInt(type) || DataType.isTime(type)) && type.bitWidth === 64 || DataType.isDuration(type)) {
          return toArrayBufferView(Uint8Array, Int642.convertArray(sources[offset]));
        } else if (DataType.isDate(type) && type.unit === DateUnit.MILLISECOND) {
          return toArrayBufferView(Uint8Array, Int642.convertArray(sources[offset]));
        } else if (DataType.isDecimal(type)) {
          return toArrayBufferView(Uint8Array, Int128.convertArray(sources[offset]));
        } else if (DataType.isBinary(type) || DataType.isLargeBinary(type) || DataType.isFixedSizeBinary(type)) {
          return binaryDataFromJSON(sources[offset]);
        } else if (DataType.isBinaryView(type)) {
          return binaryViewDataFromJSON(sources[offset]);
        } else if (DataType.isUtf8View(type)) {
          return utf8ViewDataFromJSON(sources[offset]);
        } else if (DataType.isBool(type)) {
          return packBools(sources[offset]);
        } else if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) {
          return encodeUtf8(sources[offset].join(""));
        } else if (DataType.isInterval(type)) {
          switch (type.unit) {
            case IntervalUnit.DAY_TIME:
              return toIntervalDayTimeInt32Array(sources[offset]);
            case IntervalUnit.MONTH_DAY_NANO:
              return toIntervalMonthDayNanoInt32Array(sources[offset]);
            default:
              break;
          }
        }
        return toArrayBufferView(Uint8Array, toArrayBufferView(type.ArrayType, sources[offset].map((x) => +x)));
      }
      readVariadicBuffers(length) {
        const buffers = [];
        for (let i2 = 0; i2 < length; i2++) {
          const { offset } = this.nextBufferRange();
          const hexString = this.sources[offset];
          buffers.push(hexStringToBytes(hexString));
        }
        return buffers;
      }
    };
    CompressedVectorLoader = class extends VectorLoader {
      constructor(bodyChunks, nodes, buffers, dictionaries, metadataVersion, variadicBufferCounts = []) {
        super(new Uint8Array(0), nodes, buffers, dictionaries, metadataVersion, variadicBufferCounts);
        this.bodyChunks = bodyChunks;
      }
      readData(_type, _buffer = this.nextBufferRange()) {
        return this.bodyChunks[this.buffersIndex];
      }
    };
  }
});

// node_modules/apache-arrow/builder/binary.mjs
var BinaryBuilder;
var init_binary2 = __esm({
  "node_modules/apache-arrow/builder/binary.mjs"() {
    init_buffer3();
    init_builder();
    init_buffer();
    BinaryBuilder = class extends VariableWidthBuilder {
      constructor(opts) {
        super(opts);
        this._values = new BufferBuilder(Uint8Array);
      }
      get byteLength() {
        let size = this._pendingLength + this.length * 4;
        this._offsets && (size += this._offsets.byteLength);
        this._values && (size += this._values.byteLength);
        this._nulls && (size += this._nulls.byteLength);
        return size;
      }
      setValue(index, value) {
        return super.setValue(index, toUint8Array(value));
      }
      _flushPending(pending, pendingLength) {
        const offsets = this._offsets;
        const data = this._values.reserve(pendingLength).buffer;
        let offset = 0;
        for (const [index, value] of pending) {
          if (value === void 0) {
            offsets.set(index, 0);
          } else {
            const length = value.length;
            data.set(value, offset);
            offsets.set(index, length);
            offset += length;
          }
        }
      }
    };
  }
});

// node_modules/apache-arrow/builder/largebinary.mjs
var LargeBinaryBuilder;
var init_largebinary = __esm({
  "node_modules/apache-arrow/builder/largebinary.mjs"() {
    init_buffer();
    init_buffer3();
    init_builder();
    LargeBinaryBuilder = class extends VariableWidthBuilder {
      constructor(opts) {
        super(opts);
        this._values = new BufferBuilder(Uint8Array);
      }
      get byteLength() {
        let size = this._pendingLength + this.length * 4;
        this._offsets && (size += this._offsets.byteLength);
        this._values && (size += this._values.byteLength);
        this._nulls && (size += this._nulls.byteLength);
        return size;
      }
      setValue(index, value) {
        return super.setValue(index, toUint8Array(value));
      }
      _flushPending(pending, pendingLength) {
        const offsets = this._offsets;
        const data = this._values.reserve(pendingLength).buffer;
        let offset = 0;
        for (const [index, value] of pending) {
          if (value === void 0) {
            offsets.set(index, BigInt(0));
          } else {
            const length = value.length;
            data.set(value, offset);
            offsets.set(index, BigInt(length));
            offset += length;
          }
        }
      }
    };
  }
});

// node_modules/apache-arrow/builder/bool.mjs
var BoolBuilder;
var init_bool2 = __esm({
  "node_modules/apache-arrow/builder/bool.mjs"() {
    init_buffer3();
    init_builder();
    BoolBuilder = class extends Builder {
      constructor(options2) {
        super(options2);
        this._values = new BitmapBufferBuilder();
      }
      setValue(index, value) {
        this._values.set(index, +value);
      }
    };
  }
});

// node_modules/apache-arrow/builder/date.mjs
var DateBuilder, DateDayBuilder, DateMillisecondBuilder;
var init_date2 = __esm({
  "node_modules/apache-arrow/builder/date.mjs"() {
    init_builder();
    init_set();
    DateBuilder = class extends FixedWidthBuilder {
    };
    DateBuilder.prototype._setValue = setDate;
    DateDayBuilder = class extends DateBuilder {
    };
    DateDayBuilder.prototype._setValue = setDateDay;
    DateMillisecondBuilder = class extends DateBuilder {
    };
    DateMillisecondBuilder.prototype._setValue = setDateMillisecond;
  }
});

// node_modules/apache-arrow/builder/decimal.mjs
var DecimalBuilder;
var init_decimal2 = __esm({
  "node_modules/apache-arrow/builder/decimal.mjs"() {
    init_builder();
    init_set();
    DecimalBuilder = class extends FixedWidthBuilder {
    };
    DecimalBuilder.prototype._setValue = setDecimal;
  }
});

// node_modules/apache-arrow/builder/dictionary.mjs
var DictionaryBuilder;
var init_dictionary = __esm({
  "node_modules/apache-arrow/builder/dictionary.mjs"() {
    init_type2();
    init_builder();
    init_factories();
    DictionaryBuilder = class extends Builder {
      constructor({ "type": type, "nullValues": nulls, "dictionaryHashFunction": hashFn }) {
        super({ type: new Dictionary(type.dictionary, type.indices, type.id, type.isOrdered) });
        this._nulls = null;
        this._dictionaryOffset = 0;
        this._keysToIndices = /* @__PURE__ */ Object.create(null);
        this.indices = makeBuilder({ "type": this.type.indices, "nullValues": nulls });
        this.dictionary = makeBuilder({ "type": this.type.dictionary, "nullValues": null });
        if (typeof hashFn === "function") {
          this.valueToKey = hashFn;
        }
      }
      get values() {
        return this.indices.values;
      }
      get nullCount() {
        return this.indices.nullCount;
      }
      get nullBitmap() {
        return this.indices.nullBitmap;
      }
      get byteLength() {
        return this.indices.byteLength + this.dictionary.byteLength;
      }
      get reservedLength() {
        return this.indices.reservedLength + this.dictionary.reservedLength;
      }
      get reservedByteLength() {
        return this.indices.reservedByteLength + this.dictionary.reservedByteLength;
      }
      isValid(value) {
        return this.indices.isValid(value);
      }
      setValid(index, valid) {
        const indices = this.indices;
        valid = indices.setValid(index, valid);
        this.length = indices.length;
        return valid;
      }
      setValue(index, value) {
        const keysToIndices = this._keysToIndices;
        const key = this.valueToKey(value);
        let idx = keysToIndices[key];
        if (idx === void 0) {
          keysToIndices[key] = idx = this._dictionaryOffset + this.dictionary.append(value).length - 1;
        }
        return this.indices.setValue(index, idx);
      }
      flush() {
        const type = this.type;
        const prev = this._dictionary;
        const curr = this.dictionary.toVector();
        const data = this.indices.flush().clone(type);
        data.dictionary = prev ? prev.concat(curr) : curr;
        this.finished || (this._dictionaryOffset += curr.length);
        this._dictionary = data.dictionary;
        this.clear();
        return data;
      }
      finish() {
        this.indices.finish();
        this.dictionary.finish();
        this._dictionaryOffset = 0;
        this._keysToIndices = /* @__PURE__ */ Object.create(null);
        return super.finish();
      }
      clear() {
        this.indices.clear();
        this.dictionary.clear();
        return super.clear();
      }
      valueToKey(val) {
        return typeof val === "string" ? val : `${val}`;
      }
    };
  }
});

// node_modules/apache-arrow/builder/fixedsizebinary.mjs
var FixedSizeBinaryBuilder;
var init_fixedsizebinary = __esm({
  "node_modules/apache-arrow/builder/fixedsizebinary.mjs"() {
    init_builder();
    init_set();
    FixedSizeBinaryBuilder = class extends FixedWidthBuilder {
    };
    FixedSizeBinaryBuilder.prototype._setValue = setFixedSizeBinary;
  }
});

// node_modules/apache-arrow/builder/fixedsizelist.mjs
var FixedSizeListBuilder;
var init_fixedsizelist = __esm({
  "node_modules/apache-arrow/builder/fixedsizelist.mjs"() {
    init_schema2();
    init_builder();
    init_type2();
    FixedSizeListBuilder = class extends Builder {
      setValue(index, value) {
        const [child] = this.children;
        const start2 = index * this.stride;
        for (let i2 = -1, n = this.stride; ++i2 < n; ) {
          child.set(start2 + i2, value[i2]);
        }
      }
      setValid(index, valid) {
        if (!super.setValid(index, valid)) {
          this.children[0].setValid((index + 1) * this.stride - 1, false);
        }
        return valid;
      }
      addChild(child, name2 = "0") {
        if (this.numChildren > 0) {
          throw new Error("FixedSizeListBuilder can only have one child.");
        }
        const childIndex = this.children.push(child);
        this.type = new FixedSizeList2(this.type.listSize, new Field2(name2, child.type, true));
        return childIndex;
      }
    };
  }
});

// node_modules/apache-arrow/builder/float.mjs
var FloatBuilder, Float16Builder, Float32Builder, Float64Builder;
var init_float = __esm({
  "node_modules/apache-arrow/builder/float.mjs"() {
    init_math();
    init_builder();
    FloatBuilder = class extends FixedWidthBuilder {
      setValue(index, value) {
        this._values.set(index, value);
      }
    };
    Float16Builder = class extends FloatBuilder {
      setValue(index, value) {
        super.setValue(index, float64ToUint16(value));
      }
    };
    Float32Builder = class extends FloatBuilder {
    };
    Float64Builder = class extends FloatBuilder {
    };
  }
});

// node_modules/apache-arrow/builder/interval.mjs
var IntervalBuilder, IntervalDayTimeBuilder, IntervalYearMonthBuilder, IntervalMonthDayNanoBuilder;
var init_interval3 = __esm({
  "node_modules/apache-arrow/builder/interval.mjs"() {
    init_builder();
    init_set();
    IntervalBuilder = class extends FixedWidthBuilder {
    };
    IntervalBuilder.prototype._setValue = setIntervalValue;
    IntervalDayTimeBuilder = class extends IntervalBuilder {
    };
    IntervalDayTimeBuilder.prototype._setValue = setIntervalDayTime;
    IntervalYearMonthBuilder = class extends IntervalBuilder {
    };
    IntervalYearMonthBuilder.prototype._setValue = setIntervalYearMonth;
    IntervalMonthDayNanoBuilder = class extends IntervalBuilder {
    };
    IntervalMonthDayNanoBuilder.prototype._setValue = setIntervalMonthDayNano;
  }
});

// node_modules/apache-arrow/builder/duration.mjs
var DurationBuilder, DurationSecondBuilder, DurationMillisecondBuilder, DurationMicrosecondBuilder, DurationNanosecondBuilder;
var init_duration2 = __esm({
  "node_modules/apache-arrow/builder/duration.mjs"() {
    init_builder();
    init_set();
    DurationBuilder = class extends FixedWidthBuilder {
    };
    DurationBuilder.prototype._setValue = setDuration;
    DurationSecondBuilder = class extends DurationBuilder {
    };
    DurationSecondBuilder.prototype._setValue = setDurationSecond;
    DurationMillisecondBuilder = class extends DurationBuilder {
    };
    DurationMillisecondBuilder.prototype._setValue = setDurationMillisecond;
    DurationMicrosecondBuilder = class extends DurationBuilder {
    };
    DurationMicrosecondBuilder.prototype._setValue = setDurationMicrosecond;
    DurationNanosecondBuilder = class extends DurationBuilder {
    };
    DurationNanosecondBuilder.prototype._setValue = setDurationNanosecond;
  }
});

// node_modules/apache-arrow/builder/int.mjs
var IntBuilder, Int8Builder, Int16Builder, Int32Builder, Int64Builder, Uint8Builder, Uint16Builder, Uint32Builder, Uint64Builder;
var init_int3 = __esm({
  "node_modules/apache-arrow/builder/int.mjs"() {
    init_builder();
    IntBuilder = class extends FixedWidthBuilder {
      setValue(index, value) {
        this._values.set(index, value);
      }
    };
    Int8Builder = class extends IntBuilder {
    };
    Int16Builder = class extends IntBuilder {
    };
    Int32Builder = class extends IntBuilder {
    };
    Int64Builder = class extends IntBuilder {
    };
    Uint8Builder = class extends IntBuilder {
    };
    Uint16Builder = class extends IntBuilder {
    };
    Uint32Builder = class extends IntBuilder {
    };
    Uint64Builder = class extends IntBuilder {
    };
  }
});

// node_modules/apache-arrow/builder/list.mjs
var ListBuilder;
var init_list2 = __esm({
  "node_modules/apache-arrow/builder/list.mjs"() {
    init_schema2();
    init_type2();
    init_buffer3();
    init_builder();
    ListBuilder = class extends VariableWidthBuilder {
      constructor(opts) {
        super(opts);
        this._offsets = new OffsetsBufferBuilder(opts.type);
      }
      addChild(child, name2 = "0") {
        if (this.numChildren > 0) {
          throw new Error("ListBuilder can only have one child.");
        }
        this.children[this.numChildren] = child;
        this.type = new List2(new Field2(name2, child.type, true));
        return this.numChildren - 1;
      }
      _flushPending(pending) {
        const offsets = this._offsets;
        const [child] = this.children;
        for (const [index, value] of pending) {
          if (typeof value === "undefined") {
            offsets.set(index, 0);
          } else {
            const v = value;
            const n = v.length;
            const start2 = offsets.set(index, n).buffer[index];
            for (let i2 = -1; ++i2 < n; ) {
              child.set(start2 + i2, v[i2]);
            }
          }
        }
      }
    };
  }
});

// node_modules/apache-arrow/builder/largelist.mjs
var LargeListBuilder;
var init_largelist = __esm({
  "node_modules/apache-arrow/builder/largelist.mjs"() {
    init_schema2();
    init_type2();
    init_buffer3();
    init_bigint();
    init_builder();
    LargeListBuilder = class extends VariableWidthBuilder {
      constructor(opts) {
        super(opts);
        this._offsets = new OffsetsBufferBuilder(opts.type);
      }
      addChild(child, name2 = "0") {
        if (this.numChildren > 0) {
          throw new Error("LargeListBuilder can only have one child.");
        }
        this.children[this.numChildren] = child;
        this.type = new LargeList2(new Field2(name2, child.type, true));
        return this.numChildren - 1;
      }
      _flushPending(pending) {
        const offsets = this._offsets;
        const [child] = this.children;
        for (const [index, value] of pending) {
          if (typeof value === "undefined") {
            offsets.set(index, BigInt(0));
          } else {
            const v = value;
            const n = v.length;
            const start2 = bigIntToNumber(offsets.set(index, BigInt(n)).buffer[index]);
            for (let i2 = -1; ++i2 < n; ) {
              child.set(start2 + i2, v[i2]);
            }
          }
        }
      }
    };
  }
});

// node_modules/apache-arrow/builder/map.mjs
var MapBuilder;
var init_map3 = __esm({
  "node_modules/apache-arrow/builder/map.mjs"() {
    init_schema2();
    init_type2();
    init_builder();
    MapBuilder = class extends VariableWidthBuilder {
      set(index, value) {
        return super.set(index, value);
      }
      setValue(index, value) {
        const row = value instanceof Map ? value : new Map(Object.entries(value));
        const pending = this._pending || (this._pending = /* @__PURE__ */ new Map());
        const current = pending.get(index);
        current && (this._pendingLength -= current.size);
        this._pendingLength += row.size;
        pending.set(index, row);
      }
      addChild(child, name2 = `${this.numChildren}`) {
        if (this.numChildren > 0) {
          throw new Error("ListBuilder can only have one child.");
        }
        this.children[this.numChildren] = child;
        this.type = new Map_(new Field2(name2, child.type, true), this.type.keysSorted);
        return this.numChildren - 1;
      }
      _flushPending(pending) {
        const offsets = this._offsets;
        const [child] = this.children;
        for (const [index, value] of pending) {
          if (value === void 0) {
            offsets.set(index, 0);
          } else {
            let { [index]: idx, [index + 1]: end } = offsets.set(index, value.size).buffer;
            for (const val of value.entries()) {
              child.set(idx, val);
              if (++idx >= end)
                break;
            }
          }
        }
      }
    };
  }
});

// node_modules/apache-arrow/builder/null.mjs
var NullBuilder;
var init_null2 = __esm({
  "node_modules/apache-arrow/builder/null.mjs"() {
    init_builder();
    NullBuilder = class extends Builder {
      // @ts-ignore
      setValue(index, value) {
      }
      setValid(index, valid) {
        this.length = Math.max(index + 1, this.length);
        return valid;
      }
    };
  }
});

// node_modules/apache-arrow/builder/struct.mjs
var StructBuilder;
var init_struct3 = __esm({
  "node_modules/apache-arrow/builder/struct.mjs"() {
    init_schema2();
    init_builder();
    init_type2();
    StructBuilder = class extends Builder {
      setValue(index, value) {
        const { children, type } = this;
        switch (Array.isArray(value) || value.constructor) {
          case true:
            return type.children.forEach((_, i2) => children[i2].set(index, value[i2]));
          case Map:
            return type.children.forEach((f, i2) => children[i2].set(index, value.get(f.name)));
          default:
            return type.children.forEach((f, i2) => children[i2].set(index, value[f.name]));
        }
      }
      /** @inheritdoc */
      setValid(index, valid) {
        if (!super.setValid(index, valid)) {
          this.children.forEach((child) => child.setValid(index, valid));
        }
        return valid;
      }
      addChild(child, name2 = `${this.numChildren}`) {
        const childIndex = this.children.push(child);
        this.type = new Struct([...this.type.children, new Field2(name2, child.type, true)]);
        return childIndex;
      }
    };
  }
});

// node_modules/apache-arrow/builder/timestamp.mjs
var TimestampBuilder, TimestampSecondBuilder, TimestampMillisecondBuilder, TimestampMicrosecondBuilder, TimestampNanosecondBuilder;
var init_timestamp2 = __esm({
  "node_modules/apache-arrow/builder/timestamp.mjs"() {
    init_builder();
    init_set();
    TimestampBuilder = class extends FixedWidthBuilder {
    };
    TimestampBuilder.prototype._setValue = setTimestamp;
    TimestampSecondBuilder = class extends TimestampBuilder {
    };
    TimestampSecondBuilder.prototype._setValue = setTimestampSecond;
    TimestampMillisecondBuilder = class extends TimestampBuilder {
    };
    TimestampMillisecondBuilder.prototype._setValue = setTimestampMillisecond;
    TimestampMicrosecondBuilder = class extends TimestampBuilder {
    };
    TimestampMicrosecondBuilder.prototype._setValue = setTimestampMicrosecond;
    TimestampNanosecondBuilder = class extends TimestampBuilder {
    };
    TimestampNanosecondBuilder.prototype._setValue = setTimestampNanosecond;
  }
});

// node_modules/apache-arrow/builder/time.mjs
var TimeBuilder, TimeSecondBuilder, TimeMillisecondBuilder, TimeMicrosecondBuilder, TimeNanosecondBuilder;
var init_time2 = __esm({
  "node_modules/apache-arrow/builder/time.mjs"() {
    init_builder();
    init_set();
    TimeBuilder = class extends FixedWidthBuilder {
    };
    TimeBuilder.prototype._setValue = setTime;
    TimeSecondBuilder = class extends TimeBuilder {
    };
    TimeSecondBuilder.prototype._setValue = setTimeSecond;
    TimeMillisecondBuilder = class extends TimeBuilder {
    };
    TimeMillisecondBuilder.prototype._setValue = setTimeMillisecond;
    TimeMicrosecondBuilder = class extends TimeBuilder {
    };
    TimeMicrosecondBuilder.prototype._setValue = setTimeMicrosecond;
    TimeNanosecondBuilder = class extends TimeBuilder {
    };
    TimeNanosecondBuilder.prototype._setValue = setTimeNanosecond;
  }
});

// node_modules/apache-arrow/builder/union.mjs
var UnionBuilder, SparseUnionBuilder, DenseUnionBuilder;
var init_union2 = __esm({
  "node_modules/apache-arrow/builder/union.mjs"() {
    init_schema2();
    init_buffer3();
    init_builder();
    init_type2();
    UnionBuilder = class extends Builder {
      constructor(options2) {
        super(options2);
        this._typeIds = new DataBufferBuilder(Int8Array, 0, 1);
        if (typeof options2["valueToChildTypeId"] === "function") {
          this._valueToChildTypeId = options2["valueToChildTypeId"];
        }
      }
      get typeIdToChildIndex() {
        return this.type.typeIdToChildIndex;
      }
      append(value, childTypeId) {
        return this.set(this.length, value, childTypeId);
      }
      set(index, value, childTypeId) {
        if (childTypeId === void 0) {
          childTypeId = this._valueToChildTypeId(this, value, index);
        }
        this.setValue(index, value, childTypeId);
        return this;
      }
      setValue(index, value, childTypeId) {
        this._typeIds.set(index, childTypeId);
        const childIndex = this.type.typeIdToChildIndex[childTypeId];
        const child = this.children[childIndex];
        child === null || child === void 0 ? void 0 : child.set(index, value);
        this.length = Math.max(index + 1, this.length);
      }
      addChild(child, name2 = `${this.children.length}`) {
        const childTypeId = this.children.push(child);
        const { type: { children, mode, typeIds } } = this;
        const fields = [...children, new Field2(name2, child.type)];
        this.type = new Union_(mode, [...typeIds, childTypeId], fields);
        return childTypeId;
      }
      /** @ignore */
      // @ts-ignore
      _valueToChildTypeId(builder, value, offset) {
        throw new Error(`Cannot map UnionBuilder value to child typeId. Pass the \`childTypeId\` as the second argument to unionBuilder.append(), or supply a \`valueToChildTypeId\` function as part of the UnionBuilder constructor options.`);
      }
    };
    SparseUnionBuilder = class extends UnionBuilder {
    };
    DenseUnionBuilder = class extends UnionBuilder {
      constructor(options2) {
        super(options2);
        this._offsets = new DataBufferBuilder(Int32Array);
      }
      /** @ignore */
      setValue(index, value, childTypeId) {
        const id = this._typeIds.set(index, childTypeId).buffer[index];
        const child = this.getChildAt(this.type.typeIdToChildIndex[id]);
        const denseIndex = this._offsets.set(index, child.length).buffer[index];
        child === null || child === void 0 ? void 0 : child.set(denseIndex, value);
        this.length = Math.max(index + 1, this.length);
      }
    };
  }
});

// node_modules/apache-arrow/builder/utf8.mjs
var Utf8Builder;
var init_utf83 = __esm({
  "node_modules/apache-arrow/builder/utf8.mjs"() {
    init_utf8();
    init_binary2();
    init_buffer3();
    init_builder();
    Utf8Builder = class extends VariableWidthBuilder {
      constructor(opts) {
        super(opts);
        this._values = new BufferBuilder(Uint8Array);
      }
      get byteLength() {
        let size = this._pendingLength + this.length * 4;
        this._offsets && (size += this._offsets.byteLength);
        this._values && (size += this._values.byteLength);
        this._nulls && (size += this._nulls.byteLength);
        return size;
      }
      setValue(index, value) {
        return super.setValue(index, encodeUtf8(value));
      }
      // @ts-ignore
      _flushPending(pending, pendingLength) {
      }
    };
    Utf8Builder.prototype._flushPending = BinaryBuilder.prototype._flushPending;
  }
});

// node_modules/apache-arrow/builder/largeutf8.mjs
var LargeUtf8Builder;
var init_largeutf8 = __esm({
  "node_modules/apache-arrow/builder/largeutf8.mjs"() {
    init_utf8();
    init_buffer3();
    init_builder();
    init_largebinary();
    LargeUtf8Builder = class extends VariableWidthBuilder {
      constructor(opts) {
        super(opts);
        this._values = new BufferBuilder(Uint8Array);
      }
      get byteLength() {
        let size = this._pendingLength + this.length * 4;
        this._offsets && (size += this._offsets.byteLength);
        this._values && (size += this._values.byteLength);
        this._nulls && (size += this._nulls.byteLength);
        return size;
      }
      setValue(index, value) {
        return super.setValue(index, encodeUtf8(value));
      }
      // @ts-ignore
      _flushPending(pending, pendingLength) {
      }
    };
    LargeUtf8Builder.prototype._flushPending = LargeBinaryBuilder.prototype._flushPending;
  }
});

// node_modules/apache-arrow/builder/binaryview.mjs
var BinaryViewBuilder;
var init_binaryview = __esm({
  "node_modules/apache-arrow/builder/binaryview.mjs"() {
    init_type2();
    init_builder();
    init_buffer3();
    init_buffer();
    init_data();
    BinaryViewBuilder = class extends Builder {
      constructor(opts) {
        super(opts);
        this._variadicBuffers = [];
        this._currentBuffer = null;
        this._currentBufferIndex = 0;
        this._currentBufferOffset = 0;
        this._bufferSize = 32 * 1024 * 1024;
        this._views = new BufferBuilder(Uint8Array);
      }
      get byteLength() {
        let size = 0;
        this._views && (size += this._views.byteLength);
        this._nulls && (size += this._nulls.byteLength);
        for (const buffer of this._variadicBuffers) {
          size += buffer.byteLength;
        }
        this._currentBuffer && (size += this._currentBuffer.byteLength);
        return size;
      }
      setValue(index, value) {
        return this.writeBinaryValue(index, this.encodeValue(value));
      }
      writeBinaryValue(index, data) {
        const length = data.length;
        const bytesNeeded = (index + 1) * BinaryView2.ELEMENT_WIDTH;
        const currentBytes = this._views.length;
        if (bytesNeeded > currentBytes) {
          this._views.reserve(bytesNeeded - currentBytes);
        }
        const viewBuffer = this._views.buffer;
        const viewOffset = index * BinaryView2.ELEMENT_WIDTH;
        const view = new DataView(viewBuffer.buffer, viewBuffer.byteOffset + viewOffset, BinaryView2.ELEMENT_WIDTH);
        view.setInt32(BinaryView2.LENGTH_OFFSET, length, true);
        if (length <= BinaryView2.INLINE_CAPACITY) {
          viewBuffer.set(data, viewOffset + BinaryView2.INLINE_OFFSET);
          for (let i2 = length; i2 < BinaryView2.INLINE_CAPACITY; i2++) {
            viewBuffer[viewOffset + BinaryView2.INLINE_OFFSET + i2] = 0;
          }
        } else {
          const prefix = new DataView(data.buffer, data.byteOffset, Math.min(4, length));
          view.setUint32(BinaryView2.INLINE_OFFSET, prefix.getUint32(0, true), true);
          if (!this._currentBuffer || this._currentBufferOffset + length > this._bufferSize) {
            if (this._currentBuffer) {
              this._variadicBuffers.push(this._currentBuffer.buffer.slice(0, this._currentBufferOffset));
            }
            this._currentBuffer = new BufferBuilder(Uint8Array);
            this._currentBufferIndex = this._variadicBuffers.length;
            this._currentBufferOffset = 0;
          }
          const bufferData = this._currentBuffer.reserve(length).buffer;
          bufferData.set(data, this._currentBufferOffset);
          view.setInt32(BinaryView2.BUFFER_INDEX_OFFSET, this._currentBufferIndex, true);
          view.setInt32(BinaryView2.BUFFER_OFFSET_OFFSET, this._currentBufferOffset, true);
          this._currentBufferOffset += length;
        }
        return this;
      }
      encodeValue(value) {
        return toUint8Array(value);
      }
      setValid(index, isValid) {
        const bytesNeeded = (index + 1) * BinaryView2.ELEMENT_WIDTH;
        const currentBytes = this._views.length;
        if (bytesNeeded > currentBytes) {
          this._views.reserve(bytesNeeded - currentBytes);
        }
        const result = super.setValid(index, isValid);
        if (!result) {
          const viewBuffer = this._views.buffer;
          const viewOffset = index * BinaryView2.ELEMENT_WIDTH;
          for (let i2 = 0; i2 < BinaryView2.ELEMENT_WIDTH; i2++) {
            viewBuffer[viewOffset + i2] = 0;
          }
        }
        return result;
      }
      clear() {
        this._variadicBuffers = [];
        this._currentBuffer = null;
        this._currentBufferIndex = 0;
        this._currentBufferOffset = 0;
        this._views.clear();
        return super.clear();
      }
      flush() {
        const { type, length, nullCount, _views, _nulls } = this;
        if (this._currentBuffer && this._currentBufferOffset > 0) {
          this._variadicBuffers.push(this._currentBuffer.buffer.slice(0, this._currentBufferOffset));
          this._currentBuffer = null;
          this._currentBufferOffset = 0;
        }
        const views = _views.flush(length * BinaryView2.ELEMENT_WIDTH);
        const nullBitmap = nullCount > 0 ? _nulls.flush(length) : void 0;
        const variadicBuffers = this._variadicBuffers.slice();
        this._variadicBuffers = [];
        this._currentBufferIndex = 0;
        this.clear();
        const props = {
          type,
          length,
          nullCount,
          nullBitmap,
          ["views"]: views,
          ["variadicBuffers"]: variadicBuffers
        };
        return makeData(props);
      }
      finish() {
        this.finished = true;
        return this;
      }
    };
  }
});

// node_modules/apache-arrow/builder/utf8view.mjs
var Utf8ViewBuilder;
var init_utf8view = __esm({
  "node_modules/apache-arrow/builder/utf8view.mjs"() {
    init_binaryview();
    init_utf8();
    Utf8ViewBuilder = class extends BinaryViewBuilder {
      constructor(opts) {
        super(opts);
      }
      setValue(index, value) {
        return this.writeBinaryValue(index, encodeUtf8(value));
      }
    };
  }
});

// node_modules/apache-arrow/visitor/builderctor.mjs
var GetBuilderCtor, instance7;
var init_builderctor = __esm({
  "node_modules/apache-arrow/visitor/builderctor.mjs"() {
    init_visitor();
    init_binary2();
    init_largebinary();
    init_bool2();
    init_date2();
    init_decimal2();
    init_dictionary();
    init_fixedsizebinary();
    init_fixedsizelist();
    init_float();
    init_interval3();
    init_duration2();
    init_int3();
    init_list2();
    init_largelist();
    init_map3();
    init_null2();
    init_struct3();
    init_timestamp2();
    init_time2();
    init_union2();
    init_utf83();
    init_largeutf8();
    init_binaryview();
    init_utf8view();
    GetBuilderCtor = class extends Visitor {
      visitNull() {
        return NullBuilder;
      }
      visitBool() {
        return BoolBuilder;
      }
      visitInt() {
        return IntBuilder;
      }
      visitInt8() {
        return Int8Builder;
      }
      visitInt16() {
        return Int16Builder;
      }
      visitInt32() {
        return Int32Builder;
      }
      visitInt64() {
        return Int64Builder;
      }
      visitUint8() {
        return Uint8Builder;
      }
      visitUint16() {
        return Uint16Builder;
      }
      visitUint32() {
        return Uint32Builder;
      }
      visitUint64() {
        return Uint64Builder;
      }
      visitFloat() {
        return FloatBuilder;
      }
      visitFloat16() {
        return Float16Builder;
      }
      visitFloat32() {
        return Float32Builder;
      }
      visitFloat64() {
        return Float64Builder;
      }
      visitUtf8() {
        return Utf8Builder;
      }
      visitLargeUtf8() {
        return LargeUtf8Builder;
      }
      visitBinary() {
        return BinaryBuilder;
      }
      visitLargeBinary() {
        return LargeBinaryBuilder;
      }
      visitFixedSizeBinary() {
        return FixedSizeBinaryBuilder;
      }
      visitDate() {
        return DateBuilder;
      }
      visitDateDay() {
        return DateDayBuilder;
      }
      visitDateMillisecond() {
        return DateMillisecondBuilder;
      }
      visitTimestamp() {
        return TimestampBuilder;
      }
      visitTimestampSecond() {
        return TimestampSecondBuilder;
      }
      visitTimestampMillisecond() {
        return TimestampMillisecondBuilder;
      }
      visitTimestampMicrosecond() {
        return TimestampMicrosecondBuilder;
      }
      visitTimestampNanosecond() {
        return TimestampNanosecondBuilder;
      }
      visitTime() {
        return TimeBuilder;
      }
      visitTimeSecond() {
        return TimeSecondBuilder;
      }
      visitTimeMillisecond() {
        return TimeMillisecondBuilder;
      }
      visitTimeMicrosecond() {
        return TimeMicrosecondBuilder;
      }
      visitTimeNanosecond() {
        return TimeNanosecondBuilder;
      }
      visitDecimal() {
        return DecimalBuilder;
      }
      visitList() {
        return ListBuilder;
      }
      visitLargeList() {
        return LargeListBuilder;
      }
      visitStruct() {
        return StructBuilder;
      }
      visitUnion() {
        return UnionBuilder;
      }
      visitDenseUnion() {
        return DenseUnionBuilder;
      }
      visitSparseUnion() {
        return SparseUnionBuilder;
      }
      visitDictionary() {
        return DictionaryBuilder;
      }
      visitInterval() {
        return IntervalBuilder;
      }
      visitIntervalDayTime() {
        return IntervalDayTimeBuilder;
      }
      visitIntervalYearMonth() {
        return IntervalYearMonthBuilder;
      }
      visitIntervalMonthDayNano() {
        return IntervalMonthDayNanoBuilder;
      }
      visitDuration() {
        return DurationBuilder;
      }
      visitDurationSecond() {
        return DurationSecondBuilder;
      }
      visitDurationMillisecond() {
        return DurationMillisecondBuilder;
      }
      visitDurationMicrosecond() {
        return DurationMicrosecondBuilder;
      }
      visitDurationNanosecond() {
        return DurationNanosecondBuilder;
      }
      visitFixedSizeList() {
        return FixedSizeListBuilder;
      }
      visitMap() {
        return MapBuilder;
      }
      visitBinaryView() {
        return BinaryViewBuilder;
      }
      visitUtf8View() {
        return Utf8ViewBuilder;
      }
    };
    instance7 = new GetBuilderCtor();
  }
});

// node_modules/apache-arrow/visitor/typecomparator.mjs
function compareConstructor(type, other) {
  return other instanceof type.constructor;
}
function compareAny(type, other) {
  return type === other || compareConstructor(type, other);
}
function compareInt(type, other) {
  return type === other || compareConstructor(type, other) && type.bitWidth === other.bitWidth && type.isSigned === other.isSigned;
}
function compareFloat(type, other) {
  return type === other || compareConstructor(type, other) && type.precision === other.precision;
}
function compareFixedSizeBinary(type, other) {
  return type === other || compareConstructor(type, other) && type.byteWidth === other.byteWidth;
}
function compareDate(type, other) {
  return type === other || compareConstructor(type, other) && type.unit === other.unit;
}
function compareTimestamp(type, other) {
  return type === other || compareConstructor(type, other) && type.unit === other.unit && type.timezone === other.timezone;
}
function compareTime(type, other) {
  return type === other || compareConstructor(type, other) && type.unit === other.unit && type.bitWidth === other.bitWidth;
}
function compareList(type, other) {
  return type === other || compareConstructor(type, other) && type.children.length === other.children.length && instance8.compareManyFields(type.children, other.children);
}
function compareStruct(type, other) {
  return type === other || compareConstructor(type, other) && type.children.length === other.children.length && instance8.compareManyFields(type.children, other.children);
}
function compareUnion(type, other) {
  return type === other || compareConstructor(type, other) && type.mode === other.mode && type.typeIds.every((x, i2) => x === other.typeIds[i2]) && instance8.compareManyFields(type.children, other.children);
}
function compareDictionary(type, other) {
  return type === other || compareConstructor(type, other) && type.id === other.id && type.isOrdered === other.isOrdered && instance8.visit(type.indices, other.indices) && instance8.visit(type.dictionary, other.dictionary);
}
function compareInterval(type, other) {
  return type === other || compareConstructor(type, other) && type.unit === other.unit;
}
function compareDuration(type, other) {
  return type === other || compareConstructor(type, other) && type.unit === other.unit;
}
function compareFixedSizeList(type, other) {
  return type === other || compareConstructor(type, other) && type.listSize === other.listSize && type.children.length === other.children.length && instance8.compareManyFields(type.children, other.children);
}
function compareMap(type, other) {
  return type === other || compareConstructor(type, other) && type.keysSorted === other.keysSorted && type.children.length === other.children.length && instance8.compareManyFields(type.children, other.children);
}
function compareSchemas(schema, other) {
  return instance8.compareSchemas(schema, other);
}
function compareFields(field, other) {
  return instance8.compareFields(field, other);
}
function compareTypes(type, other) {
  return instance8.visit(type, other);
}
var TypeComparator, instance8;
var init_typecomparator = __esm({
  "node_modules/apache-arrow/visitor/typecomparator.mjs"() {
    init_visitor();
    TypeComparator = class extends Visitor {
      compareSchemas(schema, other) {
        return schema === other || other instanceof schema.constructor && this.compareManyFields(schema.fields, other.fields);
      }
      compareManyFields(fields, others) {
        return fields === others || Array.isArray(fields) && Array.isArray(others) && fields.length === others.length && fields.every((f, i2) => this.compareFields(f, others[i2]));
      }
      compareFields(field, other) {
        return field === other || other instanceof field.constructor && field.name === other.name && field.nullable === other.nullable && this.visit(field.type, other.type);
      }
    };
    TypeComparator.prototype.visitNull = compareAny;
    TypeComparator.prototype.visitBool = compareAny;
    TypeComparator.prototype.visitInt = compareInt;
    TypeComparator.prototype.visitInt8 = compareInt;
    TypeComparator.prototype.visitInt16 = compareInt;
    TypeComparator.prototype.visitInt32 = compareInt;
    TypeComparator.prototype.visitInt64 = compareInt;
    TypeComparator.prototype.visitUint8 = compareInt;
    TypeComparator.prototype.visitUint16 = compareInt;
    TypeComparator.prototype.visitUint32 = compareInt;
    TypeComparator.prototype.visitUint64 = compareInt;
    TypeComparator.prototype.visitFloat = compareFloat;
    TypeComparator.prototype.visitFloat16 = compareFloat;
    TypeComparator.prototype.visitFloat32 = compareFloat;
    TypeComparator.prototype.visitFloat64 = compareFloat;
    TypeComparator.prototype.visitUtf8 = compareAny;
    TypeComparator.prototype.visitLargeUtf8 = compareAny;
    TypeComparator.prototype.visitUtf8View = compareAny;
    TypeComparator.prototype.visitBinary = compareAny;
    TypeComparator.prototype.visitLargeBinary = compareAny;
    TypeComparator.prototype.visitBinaryView = compareAny;
    TypeComparator.prototype.visitFixedSizeBinary = compareFixedSizeBinary;
    TypeComparator.prototype.visitDate = compareDate;
    TypeComparator.prototype.visitDateDay = compareDate;
    TypeComparator.prototype.visitDateMillisecond = compareDate;
    TypeComparator.prototype.visitTimestamp = compareTimestamp;
    TypeComparator.prototype.visitTimestampSecond = compareTimestamp;
    TypeComparator.prototype.visitTimestampMillisecond = compareTimestamp;
    TypeComparator.prototype.visitTimestampMicrosecond = compareTimestamp;
    TypeComparator.prototype.visitTimestampNanosecond = compareTimestamp;
    TypeComparator.prototype.visitTime = compareTime;
    TypeComparator.prototype.visitTimeSecond = compareTime;
    TypeComparator.prototype.visitTimeMillisecond = compareTime;
    TypeComparator.prototype.visitTimeMicrosecond = compareTime;
    TypeComparator.prototype.visitTimeNanosecond = compareTime;
    TypeComparator.prototype.visitDecimal = compareAny;
    TypeComparator.prototype.visitList = compareList;
    TypeComparator.prototype.visitLargeList = compareList;
    TypeComparator.prototype.visitStruct = compareStruct;
    TypeComparator.prototype.visitUnion = compareUnion;
    TypeComparator.prototype.visitDenseUnion = compareUnion;
    TypeComparator.prototype.visitSparseUnion = compareUnion;
    TypeComparator.prototype.visitDictionary = compareDictionary;
    TypeComparator.prototype.visitInterval = compareInterval;
    TypeComparator.prototype.visitIntervalDayTime = compareInterval;
    TypeComparator.prototype.visitIntervalYearMonth = compareInterval;
    TypeComparator.prototype.visitIntervalMonthDayNano = compareInterval;
    TypeComparator.prototype.visitDuration = compareDuration;
    TypeComparator.prototype.visitDurationSecond = compareDuration;
    TypeComparator.prototype.visitDurationMillisecond = compareDuration;
    TypeComparator.prototype.visitDurationMicrosecond = compareDuration;
    TypeComparator.prototype.visitDurationNanosecond = compareDuration;
    TypeComparator.prototype.visitFixedSizeList = compareFixedSizeList;
    TypeComparator.prototype.visitMap = compareMap;
    instance8 = new TypeComparator();
  }
});

// node_modules/apache-arrow/factories.mjs
function makeBuilder(options2) {
  const type = options2.type;
  const builder = new (instance7.getVisitFn(type)())(options2);
  if (type.children && type.children.length > 0) {
    const children = options2["children"] || [];
    const defaultOptions = { "nullValues": options2["nullValues"] };
    const getChildOptions = Array.isArray(children) ? ((_, i2) => children[i2] || defaultOptions) : (({ name: name2 }) => children[name2] || defaultOptions);
    for (const [index, field] of type.children.entries()) {
      const { type: type2 } = field;
      const opts = getChildOptions(field, index);
      builder.children.push(makeBuilder(Object.assign(Object.assign({}, opts), { type: type2 })));
    }
  }
  return builder;
}
function vectorFromArray(init2, type) {
  if (init2 instanceof Data || init2 instanceof Vector || init2.type instanceof DataType || ArrayBuffer.isView(init2)) {
    return makeVector(init2);
  }
  const options2 = { type: type !== null && type !== void 0 ? type : inferType(init2), nullValues: [null] };
  const chunks = [...builderThroughIterable(options2)(init2)];
  const vector = chunks.length === 1 ? chunks[0] : chunks.reduce((a, b) => a.concat(b));
  if (DataType.isDictionary(vector.type)) {
    return vector.memoize();
  }
  return vector;
}
function tableFromJSON(array) {
  const vector = vectorFromArray(array);
  const batch = new RecordBatch3(new Schema2(vector.type.children), vector.data[0]);
  return new Table(batch);
}
function inferType(value) {
  if (value.length === 0) {
    return new Null2();
  }
  let nullsCount = 0;
  let arraysCount = 0;
  let objectsCount = 0;
  let numbersCount = 0;
  let stringsCount = 0;
  let bigintsCount = 0;
  let booleansCount = 0;
  let datesCount = 0;
  for (const val of value) {
    if (val == null) {
      ++nullsCount;
      continue;
    }
    switch (typeof val) {
      case "bigint":
        ++bigintsCount;
        continue;
      case "boolean":
        ++booleansCount;
        continue;
      case "number":
        ++numbersCount;
        continue;
      case "string":
        ++stringsCount;
        continue;
      case "object":
        if (Array.isArray(val)) {
          ++arraysCount;
        } else if (Object.prototype.toString.call(val) === "[object Date]") {
          ++datesCount;
        } else {
          ++objectsCount;
        }
        continue;
    }
    throw new TypeError("Unable to infer Vector type from input values, explicit type declaration expected.");
  }
  if (numbersCount + nullsCount === value.length) {
    return new Float64();
  } else if (stringsCount + nullsCount === value.length) {
    return new Dictionary(new Utf82(), new Int32());
  } else if (bigintsCount + nullsCount === value.length) {
    return new Int64();
  } else if (booleansCount + nullsCount === value.length) {
    return new Bool2();
  } else if (datesCount + nullsCount === value.length) {
    return new TimestampMillisecond();
  } else if (arraysCount + nullsCount === value.length) {
    const array = value;
    const childType = inferType(array[array.findIndex((ary) => ary != null)]);
    if (array.every((ary) => ary == null || compareTypes(childType, inferType(ary)))) {
      return new List2(new Field2("", childType, true));
    }
  } else if (objectsCount + nullsCount === value.length) {
    const fields = /* @__PURE__ */ new Map();
    for (const row of value) {
      for (const key of Object.keys(row)) {
        if (!fields.has(key) && row[key] != null) {
          fields.set(key, new Field2(key, inferType([row[key]]), true));
        }
      }
    }
    return new Struct([...fields.values()]);
  }
  throw new TypeError("Unable to infer Vector type from input values, explicit type declaration expected.");
}
function builderThroughIterable(options2) {
  const { ["queueingStrategy"]: queueingStrategy = "count" } = options2;
  const { ["highWaterMark"]: highWaterMark = queueingStrategy !== "bytes" ? Number.POSITIVE_INFINITY : Math.pow(2, 14) } = options2;
  const sizeProperty = queueingStrategy !== "bytes" ? "length" : "byteLength";
  return function* (source) {
    let numChunks = 0;
    const builder = makeBuilder(options2);
    for (const value of source) {
      if (builder.append(value)[sizeProperty] >= highWaterMark) {
        ++numChunks && (yield builder.toVector());
      }
    }
    if (builder.finish().length > 0 || numChunks === 0) {
      yield builder.toVector();
    }
  };
}
function builderThroughAsyncIterable(options2) {
  const { ["queueingStrategy"]: queueingStrategy = "count" } = options2;
  const { ["highWaterMark"]: highWaterMark = queueingStrategy !== "bytes" ? Number.POSITIVE_INFINITY : Math.pow(2, 14) } = options2;
  const sizeProperty = queueingStrategy !== "bytes" ? "length" : "byteLength";
  return function(source) {
    return __asyncGenerator(this, arguments, function* () {
      var _a5, e_1, _b2, _c2;
      let numChunks = 0;
      const builder = makeBuilder(options2);
      try {
        for (var _d2 = true, source_1 = __asyncValues(source), source_1_1; source_1_1 = yield __await(source_1.next()), _a5 = source_1_1.done, !_a5; _d2 = true) {
          _c2 = source_1_1.value;
          _d2 = false;
          const value = _c2;
          if (builder.append(value)[sizeProperty] >= highWaterMark) {
            ++numChunks && (yield yield __await(builder.toVector()));
          }
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (!_d2 && !_a5 && (_b2 = source_1.return)) yield __await(_b2.call(source_1));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
      if (builder.finish().length > 0 || numChunks === 0) {
        yield yield __await(builder.toVector());
      }
    });
  };
}
var init_factories = __esm({
  "node_modules/apache-arrow/factories.mjs"() {
    init_tslib_es6();
    init_schema2();
    init_type2();
    init_data();
    init_vector2();
    init_builderctor();
    init_table();
    init_recordbatch2();
    init_typecomparator();
  }
});

// node_modules/apache-arrow/util/recordbatch.mjs
function distributeVectorsIntoRecordBatches(schema, vecs) {
  return uniformlyDistributeChunksAcrossRecordBatches(schema, vecs.map((v) => v.data.concat()));
}
function uniformlyDistributeChunksAcrossRecordBatches(schema, cols) {
  const fields = [...schema.fields];
  const batches = [];
  const memo = { numBatches: cols.reduce((n, c) => Math.max(n, c.length), 0) };
  let numBatches = 0, batchLength = 0;
  let i2 = -1;
  const numColumns = cols.length;
  let child, children = [];
  while (memo.numBatches-- > 0) {
    for (batchLength = Number.POSITIVE_INFINITY, i2 = -1; ++i2 < numColumns; ) {
      children[i2] = child = cols[i2].shift();
      batchLength = Math.min(batchLength, child ? child.length : batchLength);
    }
    if (Number.isFinite(batchLength)) {
      children = distributeChildren(fields, batchLength, children, cols, memo);
      if (batchLength > 0) {
        batches[numBatches++] = makeData({
          type: new Struct(fields),
          length: batchLength,
          nullCount: 0,
          children: children.slice()
        });
      }
    }
  }
  return [
    schema = schema.assign(fields),
    batches.map((data) => new RecordBatch3(schema, data))
  ];
}
function distributeChildren(fields, batchLength, children, columns, memo) {
  var _a5;
  const nullBitmapSize = (batchLength + 63 & ~63) >> 3;
  for (let i2 = -1, n = columns.length; ++i2 < n; ) {
    const child = children[i2];
    const length = child === null || child === void 0 ? void 0 : child.length;
    if (length >= batchLength) {
      if (length === batchLength) {
        children[i2] = child;
      } else {
        children[i2] = child.slice(0, batchLength);
        memo.numBatches = Math.max(memo.numBatches, columns[i2].unshift(child.slice(batchLength, length - batchLength)));
      }
    } else {
      const field = fields[i2];
      fields[i2] = field.clone({ nullable: true });
      children[i2] = (_a5 = child === null || child === void 0 ? void 0 : child._changeLengthAndBackfillNullBitmap(batchLength)) !== null && _a5 !== void 0 ? _a5 : makeData({
        type: field.type,
        length: batchLength,
        nullCount: batchLength,
        nullBitmap: new Uint8Array(nullBitmapSize)
      });
    }
  }
  return children;
}
var init_recordbatch = __esm({
  "node_modules/apache-arrow/util/recordbatch.mjs"() {
    init_data();
    init_type2();
    init_recordbatch2();
  }
});

// node_modules/apache-arrow/table.mjs
function makeTable(input) {
  const vecs = {};
  const inputs = Object.entries(input);
  for (const [key, col] of inputs) {
    vecs[key] = makeVector(col);
  }
  return new Table(vecs);
}
function tableFromArrays(input) {
  const vecs = {};
  const inputs = Object.entries(input);
  for (const [key, col] of inputs) {
    vecs[key] = vectorFromArray(col);
  }
  return new Table(vecs);
}
var _a3, kTableSymbol, Table;
var init_table = __esm({
  "node_modules/apache-arrow/table.mjs"() {
    init_enum();
    init_data();
    init_factories();
    init_vector2();
    init_schema2();
    init_type2();
    init_typecomparator();
    init_recordbatch();
    init_chunk();
    init_get();
    init_set();
    init_indexof();
    init_iterator();
    init_vector();
    init_recordbatch2();
    kTableSymbol = /* @__PURE__ */ Symbol.for("apache-arrow/Table");
    Table = class _Table {
      /**
       * Check if an object is an instance of Table.
       * This works across different instances of the Arrow library.
       */
      /** @nocollapse */
      static isTable(x) {
        return (x === null || x === void 0 ? void 0 : x[kTableSymbol]) === true;
      }
      constructor(...args2) {
        var _b2, _c2;
        if (args2.length === 0) {
          this.batches = [];
          this.schema = new Schema2([]);
          this._offsets = [0];
          return this;
        }
        let schema;
        let offsets;
        if (args2[0] instanceof Schema2) {
          schema = args2.shift();
        }
        if (args2.at(-1) instanceof Uint32Array) {
          offsets = args2.pop();
        }
        const unwrap = (x) => {
          if (x) {
            if (x instanceof RecordBatch3) {
              return [x];
            } else if (x instanceof _Table) {
              return x.batches;
            } else if (x instanceof Data) {
              if (x.type instanceof Struct) {
                return [new RecordBatch3(new Schema2(x.type.children), x)];
              }
            } else if (Array.isArray(x)) {
              return x.flatMap((v) => unwrap(v));
            } else if (typeof x[Symbol.iterator] === "function") {
              return [...x].flatMap((v) => unwrap(v));
            } else if (typeof x === "object") {
              const keys = Object.keys(x);
              const vecs = keys.map((k) => new Vector([x[k]]));
              const batchSchema = schema !== null && schema !== void 0 ? schema : new Schema2(keys.map((k, i2) => new Field2(String(k), vecs[i2].type, vecs[i2].nullable)));
              const [, batches2] = distributeVectorsIntoRecordBatches(batchSchema, vecs);
              return batches2.length === 0 ? [new RecordBatch3(x)] : batches2;
            }
          }
          return [];
        };
        const batches = args2.flatMap((v) => unwrap(v));
        schema = (_c2 = schema !== null && schema !== void 0 ? schema : (_b2 = batches[0]) === null || _b2 === void 0 ? void 0 : _b2.schema) !== null && _c2 !== void 0 ? _c2 : new Schema2([]);
        if (!(schema instanceof Schema2)) {
          throw new TypeError("Table constructor expects a [Schema, RecordBatch[]] pair.");
        }
        for (const batch of batches) {
          if (!(batch instanceof RecordBatch3)) {
            throw new TypeError("Table constructor expects a [Schema, RecordBatch[]] pair.");
          }
          if (!compareSchemas(schema, batch.schema)) {
            throw new TypeError("Table and inner RecordBatch schemas must be equivalent.");
          }
        }
        this.schema = schema;
        this.batches = batches;
        this._offsets = offsets !== null && offsets !== void 0 ? offsets : computeChunkOffsets(this.data);
      }
      /**
       * The contiguous {@link RecordBatch `RecordBatch`} chunks of the Table rows.
       */
      get data() {
        return this.batches.map(({ data }) => data);
      }
      /**
       * The number of columns in this Table.
       */
      get numCols() {
        return this.schema.fields.length;
      }
      /**
       * The number of rows in this Table.
       */
      get numRows() {
        return this.data.reduce((numRows, data) => numRows + data.length, 0);
      }
      /**
       * The number of null rows in this Table.
       */
      get nullCount() {
        if (this._nullCount === -1) {
          this._nullCount = computeChunkNullCounts(this.data);
        }
        return this._nullCount;
      }
      /**
       * Check whether an element is null.
       *
       * @param index The index at which to read the validity bitmap.
       */
      // @ts-ignore
      isValid(index) {
        return false;
      }
      /**
       * Get an element value by position.
       *
       * @param index The index of the element to read.
       */
      // @ts-ignore
      get(index) {
        return null;
      }
      /**
        * Get an element value by position.
        * @param index The index of the element to read. A negative index will count back from the last element.
        */
      // @ts-ignore
      at(index) {
        return this.get(wrapIndex(index, this.numRows));
      }
      /**
       * Set an element value by position.
       *
       * @param index The index of the element to write.
       * @param value The value to set.
       */
      // @ts-ignore
      set(index, value) {
        return;
      }
      /**
       * Retrieve the index of the first occurrence of a value in an Vector.
       *
       * @param element The value to locate in the Vector.
       * @param offset The index at which to begin the search. If offset is omitted, the search starts at index 0.
       */
      // @ts-ignore
      indexOf(element, offset) {
        return -1;
      }
      /**
       * Iterator for rows in this Table.
       */
      [Symbol.iterator]() {
        if (this.batches.length > 0) {
          return instance5.visit(new Vector(this.data));
        }
        return new Array(0)[Symbol.iterator]();
      }
      /**
       * Return a JavaScript Array of the Table rows.
       *
       * @returns An Array of Table rows.
       */
      toArray() {
        return [...this];
      }
      /**
       * Returns a string representation of the Table rows.
       *
       * @returns A string representation of the Table rows.
       */
      toString() {
        return `[
  ${this.toArray().join(",\n  ")}
]`;
      }
      /**
       * Combines two or more Tables of the same schema.
       *
       * @param others Additional Tables to add to the end of this Tables.
       */
      concat(...others) {
        const schema = this.schema;
        const data = this.data.concat(others.flatMap(({ data: data2 }) => data2));
        return new _Table(schema, data.map((data2) => new RecordBatch3(schema, data2)));
      }
      /**
       * Return a zero-copy sub-section of this Table.
       *
       * @param begin The beginning of the specified portion of the Table.
       * @param end The end of the specified portion of the Table. This is exclusive of the element at the index 'end'.
       */
      slice(begin, end) {
        const schema = this.schema;
        [begin, end] = clampRange({ length: this.numRows }, begin, end);
        const data = sliceChunks(this.data, this._offsets, begin, end);
        return new _Table(schema, data.map((chunk) => new RecordBatch3(schema, chunk)));
      }
      /**
       * Returns a child Vector by name, or null if this Vector has no child with the given name.
       *
       * @param name The name of the child to retrieve.
       */
      getChild(name2) {
        return this.getChildAt(this.schema.fields.findIndex((f) => f.name === name2));
      }
      /**
       * Returns a child Vector by index, or null if this Vector has no child at the supplied index.
       *
       * @param index The index of the child to retrieve.
       */
      getChildAt(index) {
        if (index > -1 && index < this.schema.fields.length) {
          const data = this.data.map((data2) => data2.children[index]);
          if (data.length === 0) {
            const { type } = this.schema.fields[index];
            const empty = makeData({ type, length: 0, nullCount: 0 });
            data.push(empty._changeLengthAndBackfillNullBitmap(this.numRows));
          }
          return new Vector(data);
        }
        return null;
      }
      /**
       * Sets a child Vector by name.
       *
       * @param name The name of the child to overwrite.
       * @returns A new Table with the supplied child for the specified name.
       */
      setChild(name2, child) {
        var _b2;
        return this.setChildAt((_b2 = this.schema.fields) === null || _b2 === void 0 ? void 0 : _b2.findIndex((f) => f.name === name2), child);
      }
      setChildAt(index, child) {
        let schema = this.schema;
        let batches = [...this.batches];
        if (index > -1 && index < this.numCols) {
          if (!child) {
            child = new Vector([makeData({ type: new Null2(), length: this.numRows })]);
          }
          const fields = schema.fields.slice();
          const field = fields[index].clone({ type: child.type });
          const children = this.schema.fields.map((_, i2) => this.getChildAt(i2));
          [fields[index], children[index]] = [field, child];
          [schema, batches] = distributeVectorsIntoRecordBatches(schema, children);
        }
        return new _Table(schema, batches);
      }
      /**
       * Construct a new Table containing only specified columns.
       *
       * @param columnNames Names of columns to keep.
       * @returns A new Table of columns matching the specified names.
       */
      select(columnNames) {
        const nameToIndex = this.schema.fields.reduce((m, f, i2) => m.set(f.name, i2), /* @__PURE__ */ new Map());
        return this.selectAt(columnNames.map((columnName) => nameToIndex.get(columnName)).filter((x) => x > -1));
      }
      /**
       * Construct a new Table containing only columns at the specified indices.
       *
       * @param columnIndices Indices of columns to keep.
       * @returns A new Table of columns at the specified indices.
       */
      selectAt(columnIndices) {
        const schema = this.schema.selectAt(columnIndices);
        const data = this.batches.map((batch) => batch.selectAt(columnIndices));
        return new _Table(schema, data);
      }
      assign(other) {
        const fields = this.schema.fields;
        const [indices, oldToNew] = other.schema.fields.reduce((memo, f2, newIdx) => {
          const [indices2, oldToNew2] = memo;
          const i2 = fields.findIndex((f) => f.name === f2.name);
          ~i2 ? oldToNew2[i2] = newIdx : indices2.push(newIdx);
          return memo;
        }, [[], []]);
        const schema = this.schema.assign(other.schema);
        const columns = [
          ...fields.map((_, i2) => [i2, oldToNew[i2]]).map(([i2, j]) => j === void 0 ? this.getChildAt(i2) : other.getChildAt(j)),
          ...indices.map((i2) => other.getChildAt(i2))
        ].filter(Boolean);
        return new _Table(...distributeVectorsIntoRecordBatches(schema, columns));
      }
    };
    _a3 = Symbol.toStringTag;
    Table[_a3] = ((proto) => {
      proto.schema = null;
      proto.batches = [];
      proto._offsets = new Uint32Array([0]);
      proto._nullCount = -1;
      proto[Symbol.isConcatSpreadable] = true;
      proto[kTableSymbol] = true;
      proto["isValid"] = wrapChunkedCall1(isChunkedValid);
      proto["get"] = wrapChunkedCall1(instance3.getVisitFn(Type2.Struct));
      proto["set"] = wrapChunkedCall2(instance2.getVisitFn(Type2.Struct));
      proto["indexOf"] = wrapChunkedIndexOf(instance4.getVisitFn(Type2.Struct));
      return "Table";
    })(Table.prototype);
    Object.defineProperty(Table, Symbol.hasInstance, {
      value: function isTableInstance(instance9) {
        return Function.prototype[Symbol.hasInstance].call(this, instance9) || this === Table && Table.isTable(instance9);
      }
    });
  }
});

// node_modules/apache-arrow/recordbatch.mjs
function ensureSameLengthData(schema, chunks, maxLength = chunks.reduce((max, col) => Math.max(max, col.length), 0)) {
  var _b2;
  const fields = [...schema.fields];
  const children = [...chunks];
  const nullBitmapSize = (maxLength + 63 & ~63) >> 3;
  for (const [idx, field] of schema.fields.entries()) {
    const chunk = chunks[idx];
    if (!chunk || chunk.length !== maxLength) {
      fields[idx] = field.clone({ nullable: true });
      children[idx] = (_b2 = chunk === null || chunk === void 0 ? void 0 : chunk._changeLengthAndBackfillNullBitmap(maxLength)) !== null && _b2 !== void 0 ? _b2 : makeData({
        type: field.type,
        length: maxLength,
        nullCount: maxLength,
        nullBitmap: new Uint8Array(nullBitmapSize)
      });
    }
  }
  return [
    schema.assign(fields),
    makeData({ type: new Struct(fields), length: maxLength, children })
  ];
}
function collectDictionaries(fields, children, dictionaries = /* @__PURE__ */ new Map()) {
  var _b2, _c2;
  if (((_b2 = fields === null || fields === void 0 ? void 0 : fields.length) !== null && _b2 !== void 0 ? _b2 : 0) > 0 && (fields === null || fields === void 0 ? void 0 : fields.length) === (children === null || children === void 0 ? void 0 : children.length)) {
    for (let i2 = -1, n = fields.length; ++i2 < n; ) {
      const { type } = fields[i2];
      const data = children[i2];
      for (const next of [data, ...((_c2 = data === null || data === void 0 ? void 0 : data.dictionary) === null || _c2 === void 0 ? void 0 : _c2.data) || []]) {
        collectDictionaries(type.children, next === null || next === void 0 ? void 0 : next.children, dictionaries);
      }
      if (DataType.isDictionary(type)) {
        const { id } = type;
        if (!dictionaries.has(id)) {
          if (data === null || data === void 0 ? void 0 : data.dictionary) {
            dictionaries.set(id, data.dictionary);
          }
        } else if (dictionaries.get(id) !== data.dictionary) {
          throw new Error(`Cannot create Schema containing two different dictionaries with the same Id`);
        }
      }
    }
  }
  return dictionaries;
}
var _a4, kRecordBatchSymbol, RecordBatch3, _InternalEmptyPlaceholderRecordBatch;
var init_recordbatch2 = __esm({
  "node_modules/apache-arrow/recordbatch.mjs"() {
    init_data();
    init_table();
    init_vector2();
    init_schema2();
    init_type2();
    init_vector();
    init_get();
    init_set();
    init_indexof();
    init_iterator();
    kRecordBatchSymbol = /* @__PURE__ */ Symbol.for("apache-arrow/RecordBatch");
    RecordBatch3 = class _RecordBatch {
      /**
       * Check if an object is an instance of RecordBatch.
       * This works across different instances of the Arrow library.
       */
      /** @nocollapse */
      static isRecordBatch(x) {
        return (x === null || x === void 0 ? void 0 : x[kRecordBatchSymbol]) === true;
      }
      constructor(...args2) {
        switch (args2.length) {
          case 3:
          case 2: {
            [this.schema] = args2;
            if (!(this.schema instanceof Schema2)) {
              throw new TypeError("RecordBatch constructor expects a [Schema, Data] pair.");
            }
            [
              ,
              this.data = makeData({
                nullCount: 0,
                type: new Struct(this.schema.fields),
                children: this.schema.fields.map((f) => makeData({ type: f.type, nullCount: 0 }))
              }),
              this._metadata = /* @__PURE__ */ new Map()
            ] = args2;
            if (!(this.data instanceof Data)) {
              throw new TypeError("RecordBatch constructor expects a [Schema, Data] pair.");
            }
            [this.schema, this.data] = ensureSameLengthData(this.schema, this.data.children, this.data.length);
            break;
          }
          case 1: {
            const [obj] = args2;
            const { fields, children, length } = Object.keys(obj).reduce((memo, name2, i2) => {
              memo.children[i2] = obj[name2];
              memo.length = Math.max(memo.length, obj[name2].length);
              memo.fields[i2] = Field2.new({ name: name2, type: obj[name2].type, nullable: true });
              return memo;
            }, {
              length: 0,
              fields: new Array(),
              children: new Array()
            });
            const schema = new Schema2(fields);
            const data = makeData({ type: new Struct(fields), length, children, nullCount: 0 });
            [this.schema, this.data] = ensureSameLengthData(schema, data.children, length);
            this._metadata = /* @__PURE__ */ new Map();
            break;
          }
          default:
            throw new TypeError("RecordBatch constructor expects an Object mapping names to child Data, or a [Schema, Data] pair.");
        }
      }
      /**
       * Custom metadata for this RecordBatch.
       */
      get metadata() {
        return this._metadata;
      }
      get dictionaries() {
        return this._dictionaries || (this._dictionaries = collectDictionaries(this.schema.fields, this.data.children));
      }
      /**
       * The number of columns in this RecordBatch.
       */
      get numCols() {
        return this.schema.fields.length;
      }
      /**
       * The number of rows in this RecordBatch.
       */
      get numRows() {
        return this.data.length;
      }
      /**
       * The number of null rows in this RecordBatch.
       */
      get nullCount() {
        return this.data.nullCount;
      }
      /**
       * Check whether an row is null.
       * @param index The index at which to read the validity bitmap.
       */
      isValid(index) {
        return this.data.getValid(index);
      }
      /**
       * Get a row by position.
       * @param index The index of the row to read.
       */
      get(index) {
        return instance3.visit(this.data, index);
      }
      /**
        * Get a row value by position.
        * @param index The index of the row to read. A negative index will count back from the last row.
        */
      at(index) {
        return this.get(wrapIndex(index, this.numRows));
      }
      /**
       * Set a row by position.
       * @param index The index of the row to write.
       * @param value The value to set.
       */
      set(index, value) {
        return instance2.visit(this.data, index, value);
      }
      /**
       * Retrieve the index of the first occurrence of a row in an RecordBatch.
       * @param element The row to locate in the RecordBatch.
       * @param offset The index at which to begin the search. If offset is omitted, the search starts at index 0.
       */
      indexOf(element, offset) {
        return instance4.visit(this.data, element, offset);
      }
      /**
       * Iterator for rows in this RecordBatch.
       */
      [Symbol.iterator]() {
        return instance5.visit(new Vector([this.data]));
      }
      /**
       * Return a JavaScript Array of the RecordBatch rows.
       * @returns An Array of RecordBatch rows.
       */
      toArray() {
        return [...this];
      }
      /**
       * Combines two or more RecordBatch of the same schema.
       * @param others Additional RecordBatch to add to the end of this RecordBatch.
       */
      concat(...others) {
        return new Table(this.schema, [this, ...others]);
      }
      /**
       * Return a zero-copy sub-section of this RecordBatch.
       * @param start The beginning of the specified portion of the RecordBatch.
       * @param end The end of the specified portion of the RecordBatch. This is exclusive of the row at the index 'end'.
       */
      slice(begin, end) {
        const [slice] = new Vector([this.data]).slice(begin, end).data;
        return new _RecordBatch(this.schema, slice, this._metadata);
      }
      /**
       * Returns a child Vector by name, or null if this Vector has no child with the given name.
       * @param name The name of the child to retrieve.
       */
      getChild(name2) {
        var _b2;
        return this.getChildAt((_b2 = this.schema.fields) === null || _b2 === void 0 ? void 0 : _b2.findIndex((f) => f.name === name2));
      }
      /**
       * Returns a child Vector by index, or null if this Vector has no child at the supplied index.
       * @param index The index of the child to retrieve.
       */
      getChildAt(index) {
        if (index > -1 && index < this.schema.fields.length) {
          return new Vector([this.data.children[index]]);
        }
        return null;
      }
      /**
       * Sets a child Vector by name.
       * @param name The name of the child to overwrite.
       * @returns A new RecordBatch with the new child for the specified name.
       */
      setChild(name2, child) {
        var _b2;
        return this.setChildAt((_b2 = this.schema.fields) === null || _b2 === void 0 ? void 0 : _b2.findIndex((f) => f.name === name2), child);
      }
      setChildAt(index, child) {
        let schema = this.schema;
        let data = this.data;
        if (index > -1 && index < this.numCols) {
          if (!child) {
            child = new Vector([makeData({ type: new Null2(), length: this.numRows })]);
          }
          const fields = schema.fields.slice();
          const children = data.children.slice();
          const field = fields[index].clone({ type: child.type });
          [fields[index], children[index]] = [field, child.data[0]];
          schema = new Schema2(fields, new Map(this.schema.metadata));
          data = makeData({ type: new Struct(fields), length: data.length, children });
        }
        return new _RecordBatch(schema, data, this._metadata);
      }
      /**
       * Construct a new RecordBatch containing only specified columns.
       *
       * @param columnNames Names of columns to keep.
       * @returns A new RecordBatch of columns matching the specified names.
       */
      select(columnNames) {
        const schema = this.schema.select(columnNames);
        const type = new Struct(schema.fields);
        const children = [];
        for (const name2 of columnNames) {
          const index = this.schema.fields.findIndex((f) => f.name === name2);
          if (~index) {
            children[index] = this.data.children[index];
          }
        }
        return new _RecordBatch(schema, makeData({ type, length: this.numRows, children }), this._metadata);
      }
      /**
       * Construct a new RecordBatch containing only columns at the specified indices.
       *
       * @param columnIndices Indices of columns to keep.
       * @returns A new RecordBatch of columns matching at the specified indices.
       */
      selectAt(columnIndices) {
        const schema = this.schema.selectAt(columnIndices);
        const children = columnIndices.map((i2) => this.data.children[i2]).filter(Boolean);
        const subset = makeData({ type: new Struct(schema.fields), length: this.numRows, children });
        return new _RecordBatch(schema, subset, this._metadata);
      }
    };
    _a4 = Symbol.toStringTag;
    RecordBatch3[_a4] = ((proto) => {
      proto._nullCount = -1;
      proto[Symbol.isConcatSpreadable] = true;
      proto[kRecordBatchSymbol] = true;
      return "RecordBatch";
    })(RecordBatch3.prototype);
    Object.defineProperty(RecordBatch3, Symbol.hasInstance, {
      value: function isRecordBatchInstance(instance9) {
        return Function.prototype[Symbol.hasInstance].call(this, instance9) || this === RecordBatch3 && RecordBatch3.isRecordBatch(instance9);
      }
    });
    _InternalEmptyPlaceholderRecordBatch = class extends RecordBatch3 {
      constructor(schema, metadata2) {
        const children = schema.fields.map((f) => makeData({ type: f.type }));
        const data = makeData({ type: new Struct(schema.fields), length: 0, nullCount: 0, children });
        super(schema, data, metadata2 || /* @__PURE__ */ new Map());
      }
    };
  }
});

// node_modules/apache-arrow/ipc/message.mjs
function checkForMagicArrowString(buffer, index = 0) {
  for (let i2 = -1, n = MAGIC.length; ++i2 < n; ) {
    if (MAGIC[i2] !== buffer[index + i2]) {
      return false;
    }
  }
  return true;
}
var import_flatbuffers, invalidMessageType, nullMessage, invalidMessageMetadata, invalidMessageBodyLength, MessageReader, AsyncMessageReader, JSONMessageReader, PADDING, MAGIC_STR, MAGIC, magicLength, magicAndPadding, magicX2AndPadding;
var init_message3 = __esm({
  "node_modules/apache-arrow/ipc/message.mjs"() {
    init_tslib_es6();
    init_enum();
    import_flatbuffers = __toESM(require_flatbuffers(), 1);
    init_message2();
    init_compat();
    init_file2();
    init_buffer();
    init_stream();
    init_interfaces();
    invalidMessageType = (type) => `Expected ${MessageHeader[type]} Message in stream, but was null or length 0.`;
    nullMessage = (type) => `Header pointer of flatbuffer-encoded ${MessageHeader[type]} Message is null or length 0.`;
    invalidMessageMetadata = (expected, actual) => `Expected to read ${expected} metadata bytes, but only read ${actual}.`;
    invalidMessageBodyLength = (expected, actual) => `Expected to read ${expected} bytes for message body, but only read ${actual}.`;
    MessageReader = class {
      constructor(source) {
        this.source = source instanceof ByteStream ? source : new ByteStream(source);
      }
      [Symbol.iterator]() {
        return this;
      }
      next() {
        let r;
        if ((r = this.readMetadataLength()).done) {
          return ITERATOR_DONE;
        }
        if (r.value === -1 && (r = this.readMetadataLength()).done) {
          return ITERATOR_DONE;
        }
        if ((r = this.readMetadata(r.value)).done) {
          return ITERATOR_DONE;
        }
        return r;
      }
      throw(value) {
        return this.source.throw(value);
      }
      return(value) {
        return this.source.return(value);
      }
      readMessage(type) {
        let r;
        if ((r = this.next()).done) {
          return null;
        }
        if (type != null && r.value.headerType !== type) {
          throw new Error(invalidMessageType(type));
        }
        return r.value;
      }
      readMessageBody(bodyLength) {
        if (bodyLength <= 0) {
          return new Uint8Array(0);
        }
        const buf = toUint8Array(this.source.read(bodyLength));
        if (buf.byteLength < bodyLength) {
          throw new Error(invalidMessageBodyLength(bodyLength, buf.byteLength));
        }
        return (
          /* 1. */
          buf.byteOffset % 8 === 0 && /* 2. */
          buf.byteOffset + buf.byteLength <= buf.buffer.byteLength ? buf : buf.slice()
        );
      }
      readSchema(throwIfNull = false) {
        const type = MessageHeader.Schema;
        const message = this.readMessage(type);
        const schema = message === null || message === void 0 ? void 0 : message.header();
        if (throwIfNull && !schema) {
          throw new Error(nullMessage(type));
        }
        return schema;
      }
      readMetadataLength() {
        const buf = this.source.read(PADDING);
        const bb = buf && new import_flatbuffers.ByteBuffer(buf);
        const len = (bb === null || bb === void 0 ? void 0 : bb.readInt32(0)) || 0;
        return { done: len === 0, value: len };
      }
      readMetadata(metadataLength) {
        const buf = this.source.read(metadataLength);
        if (!buf) {
          return ITERATOR_DONE;
        }
        if (buf.byteLength < metadataLength) {
          throw new Error(invalidMessageMetadata(metadataLength, buf.byteLength));
        }
        return { done: false, value: Message2.decode(buf) };
      }
    };
    AsyncMessageReader = class {
      constructor(source, byteLength) {
        this.source = source instanceof AsyncByteStream ? source : isFileHandle(source) ? new AsyncRandomAccessFile(source, byteLength) : new AsyncByteStream(source);
      }
      [Symbol.asyncIterator]() {
        return this;
      }
      next() {
        return __awaiter(this, void 0, void 0, function* () {
          let r;
          if ((r = yield this.readMetadataLength()).done) {
            return ITERATOR_DONE;
          }
          if (r.value === -1 && (r = yield this.readMetadataLength()).done) {
            return ITERATOR_DONE;
          }
          if ((r = yield this.readMetadata(r.value)).done) {
            return ITERATOR_DONE;
          }
          return r;
        });
      }
      throw(value) {
        return __awaiter(this, void 0, void 0, function* () {
          return yield this.source.throw(value);
        });
      }
      return(value) {
        return __awaiter(this, void 0, void 0, function* () {
          return yield this.source.return(value);
        });
      }
      readMessage(type) {
        return __awaiter(this, void 0, void 0, function* () {
          let r;
          if ((r = yield this.next()).done) {
            return null;
          }
          if (type != null && r.value.headerType !== type) {
            throw new Error(invalidMessageType(type));
          }
          return r.value;
        });
      }
      readMessageBody(bodyLength) {
        return __awaiter(this, void 0, void 0, function* () {
          if (bodyLength <= 0) {
            return new Uint8Array(0);
          }
          const buf = toUint8Array(yield this.source.read(bodyLength));
          if (buf.byteLength < bodyLength) {
            throw new Error(invalidMessageBodyLength(bodyLength, buf.byteLength));
          }
          return (
            /* 1. */
            buf.byteOffset % 8 === 0 && /* 2. */
            buf.byteOffset + buf.byteLength <= buf.buffer.byteLength ? buf : buf.slice()
          );
        });
      }
      readSchema() {
        return __awaiter(this, arguments, void 0, function* (throwIfNull = false) {
          const type = MessageHeader.Schema;
          const message = yield this.readMessage(type);
          const schema = message === null || message === void 0 ? void 0 : message.header();
          if (throwIfNull && !schema) {
            throw new Error(nullMessage(type));
          }
          return schema;
        });
      }
      readMetadataLength() {
        return __awaiter(this, void 0, void 0, function* () {
          const buf = yield this.source.read(PADDING);
          const bb = buf && new import_flatbuffers.ByteBuffer(buf);
          const len = (bb === null || bb === void 0 ? void 0 : bb.readInt32(0)) || 0;
          return { done: len === 0, value: len };
        });
      }
      readMetadata(metadataLength) {
        return __awaiter(this, void 0, void 0, function* () {
          const buf = yield this.source.read(metadataLength);
          if (!buf) {
            return ITERATOR_DONE;
          }
          if (buf.byteLength < metadataLength) {
            throw new Error(invalidMessageMetadata(metadataLength, buf.byteLength));
          }
          return { done: false, value: Message2.decode(buf) };
        });
      }
    };
    JSONMessageReader = class extends MessageReader {
      constructor(source) {
        super(new Uint8Array(0));
        this._schema = false;
        this._body = [];
        this._batchIndex = 0;
        this._dictionaryIndex = 0;
        this._json = source instanceof ArrowJSON ? source : new ArrowJSON(source);
      }
      next() {
        const { _json } = this;
        if (!this._schema) {
          this._schema = true;
          const message = Message2.fromJSON(_json.schema, MessageHeader.Schema);
          return { done: false, value: message };
        }
        if (this._dictionaryIndex < _json.dictionaries.length) {
          const batch = _json.dictionaries[this._dictionaryIndex++];
          this._body = batch["data"]["columns"];
          const message = Message2.fromJSON(batch, MessageHeader.DictionaryBatch);
          return { done: false, value: message };
        }
        if (this._batchIndex < _json.batches.length) {
          const batch = _json.batches[this._batchIndex++];
          this._body = batch["columns"];
          const message = Message2.fromJSON(batch, MessageHeader.RecordBatch);
          return { done: false, value: message };
        }
        this._body = [];
        return ITERATOR_DONE;
      }
      readMessageBody(_bodyLength) {
        return flattenDataSources(this._body);
        function flattenDataSources(xs) {
          return (xs || []).reduce((buffers, column) => [
            ...buffers,
            ...column["VALIDITY"] && [column["VALIDITY"]] || [],
            ...column["TYPE_ID"] && [column["TYPE_ID"]] || [],
            ...column["OFFSET"] && [column["OFFSET"]] || [],
            ...column["DATA"] && [column["DATA"]] || [],
            ...column["VIEWS"] && [column["VIEWS"]] || [],
            ...column["VARIADIC_DATA_BUFFERS"] || [],
            ...flattenDataSources(column["children"])
          ], []);
        }
      }
      readMessage(type) {
        let r;
        if ((r = this.next()).done) {
          return null;
        }
        if (type != null && r.value.headerType !== type) {
          throw new Error(invalidMessageType(type));
        }
        return r.value;
      }
      readSchema() {
        const type = MessageHeader.Schema;
        const message = this.readMessage(type);
        const schema = message === null || message === void 0 ? void 0 : message.header();
        if (!message || !schema) {
          throw new Error(nullMessage(type));
        }
        return schema;
      }
    };
    PADDING = 4;
    MAGIC_STR = "ARROW1";
    MAGIC = new Uint8Array(MAGIC_STR.length);
    for (let i2 = 0; i2 < MAGIC_STR.length; i2 += 1) {
      MAGIC[i2] = MAGIC_STR.codePointAt(i2);
    }
    magicLength = MAGIC.length;
    magicAndPadding = magicLength + PADDING;
    magicX2AndPadding = magicLength * 2 + PADDING;
  }
});

// node_modules/apache-arrow/ipc/compression/validators.mjs
var Lz4FrameValidator, ZstdValidator, compressionValidators;
var init_validators = __esm({
  "node_modules/apache-arrow/ipc/compression/validators.mjs"() {
    init_compression_type();
    Lz4FrameValidator = class {
      constructor() {
        this.LZ4_FRAME_MAGIC = new Uint8Array([4, 34, 77, 24]);
        this.MIN_HEADER_LENGTH = 7;
      }
      isValidCodecEncode(codec) {
        const testData = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
        const compressed = codec.encode(testData);
        return this._isValidCompressed(compressed);
      }
      _isValidCompressed(buffer) {
        return this._hasMinimumLength(buffer) && this._hasValidMagicNumber(buffer) && this._hasValidVersion(buffer);
      }
      _hasMinimumLength(buffer) {
        return buffer.length >= this.MIN_HEADER_LENGTH;
      }
      _hasValidMagicNumber(buffer) {
        return this.LZ4_FRAME_MAGIC.every((byte, i2) => buffer[i2] === byte);
      }
      _hasValidVersion(buffer) {
        const flg = buffer[4];
        const versionBits = (flg & 192) >> 6;
        return versionBits === 1;
      }
    };
    ZstdValidator = class {
      constructor() {
        this.ZSTD_MAGIC = new Uint8Array([40, 181, 47, 253]);
        this.MIN_HEADER_LENGTH = 6;
      }
      isValidCodecEncode(codec) {
        const testData = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
        const compressed = codec.encode(testData);
        return this._isValidCompressed(compressed);
      }
      _isValidCompressed(buffer) {
        return this._hasMinimumLength(buffer) && this._hasValidMagicNumber(buffer);
      }
      _hasMinimumLength(buffer) {
        return buffer.length >= this.MIN_HEADER_LENGTH;
      }
      _hasValidMagicNumber(buffer) {
        return this.ZSTD_MAGIC.every((byte, i2) => buffer[i2] === byte);
      }
    };
    compressionValidators = {
      [CompressionType.LZ4_FRAME]: new Lz4FrameValidator(),
      [CompressionType.ZSTD]: new ZstdValidator()
    };
  }
});

// node_modules/apache-arrow/ipc/compression/registry.mjs
var _CompressionRegistry, compressionRegistry;
var init_registry = __esm({
  "node_modules/apache-arrow/ipc/compression/registry.mjs"() {
    init_compression_type();
    init_validators();
    _CompressionRegistry = class {
      constructor() {
        this.registry = {};
      }
      set(compression, codec) {
        if ((codec === null || codec === void 0 ? void 0 : codec.encode) && typeof codec.encode === "function" && !compressionValidators[compression].isValidCodecEncode(codec)) {
          throw new Error(`Encoder for ${CompressionType[compression]} is not valid.`);
        }
        this.registry[compression] = codec;
      }
      get(compression) {
        var _a5;
        return ((_a5 = this.registry) === null || _a5 === void 0 ? void 0 : _a5[compression]) || null;
      }
    };
    compressionRegistry = new _CompressionRegistry();
  }
});

// node_modules/apache-arrow/ipc/compression/constants.mjs
var LENGTH_NO_COMPRESSED_DATA, COMPRESS_LENGTH_PREFIX;
var init_constants = __esm({
  "node_modules/apache-arrow/ipc/compression/constants.mjs"() {
    LENGTH_NO_COMPRESSED_DATA = -1;
    COMPRESS_LENGTH_PREFIX = 8;
  }
});

// node_modules/apache-arrow/ipc/reader.mjs
function shouldAutoDestroy(self2, options2) {
  return options2 && typeof options2["autoDestroy"] === "boolean" ? options2["autoDestroy"] : self2["autoDestroy"];
}
function* readAllSync(source) {
  const reader = RecordBatchReader.from(source);
  try {
    if (!reader.open({ autoDestroy: false }).closed) {
      do {
        yield reader;
      } while (!reader.reset().open().closed);
    }
  } finally {
    reader.cancel();
  }
}
function readAllAsync(source) {
  return __asyncGenerator(this, arguments, function* readAllAsync_1() {
    const reader = yield __await(RecordBatchReader.from(source));
    try {
      if (!(yield __await(reader.open({ autoDestroy: false }))).closed) {
        do {
          yield yield __await(reader);
        } while (!(yield __await(reader.reset().open())).closed);
      }
    } finally {
      yield __await(reader.cancel());
    }
  });
}
function fromArrowJSON(source) {
  return new RecordBatchStreamReader(new RecordBatchJSONReaderImpl(source));
}
function fromByteStream(source) {
  const bytes = source.peek(magicLength + 7 & ~7);
  return bytes && bytes.byteLength >= 4 ? !checkForMagicArrowString(bytes) ? new RecordBatchStreamReader(new RecordBatchStreamReaderImpl(source)) : new RecordBatchFileReader(new RecordBatchFileReaderImpl(source.read())) : new RecordBatchStreamReader(new RecordBatchStreamReaderImpl((function* () {
  })()));
}
function fromAsyncByteStream(source) {
  return __awaiter(this, void 0, void 0, function* () {
    const bytes = yield source.peek(magicLength + 7 & ~7);
    return bytes && bytes.byteLength >= 4 ? !checkForMagicArrowString(bytes) ? new AsyncRecordBatchStreamReader(new AsyncRecordBatchStreamReaderImpl(source)) : new RecordBatchFileReader(new RecordBatchFileReaderImpl(yield source.read())) : new AsyncRecordBatchStreamReader(new AsyncRecordBatchStreamReaderImpl((function() {
      return __asyncGenerator(this, arguments, function* () {
      });
    })()));
  });
}
function fromFileHandle(source) {
  return __awaiter(this, void 0, void 0, function* () {
    const { size } = yield source.stat();
    const file = new AsyncRandomAccessFile(source, size);
    if (size >= magicX2AndPadding && checkForMagicArrowString(yield file.readAt(0, magicLength + 7 & ~7))) {
      return new AsyncRecordBatchFileReader(new AsyncRecordBatchFileReaderImpl(file));
    }
    return new AsyncRecordBatchStreamReader(new AsyncRecordBatchStreamReaderImpl(file));
  });
}
var flatbuffers35, RecordBatchReader, RecordBatchStreamReader, AsyncRecordBatchStreamReader, RecordBatchFileReader, AsyncRecordBatchFileReader, RecordBatchReaderImpl, RecordBatchStreamReaderImpl, AsyncRecordBatchStreamReaderImpl, RecordBatchFileReaderImpl, AsyncRecordBatchFileReaderImpl, RecordBatchJSONReaderImpl;
var init_reader = __esm({
  "node_modules/apache-arrow/ipc/reader.mjs"() {
    init_tslib_es6();
    init_data();
    init_vector2();
    init_type2();
    init_enum();
    init_file();
    init_adapters();
    init_message2();
    init_stream();
    init_file2();
    init_vectorloader();
    init_recordbatch2();
    init_interfaces();
    init_message3();
    init_compat();
    init_registry();
    init_bigint();
    flatbuffers35 = __toESM(require_flatbuffers(), 1);
    init_constants();
    RecordBatchReader = class _RecordBatchReader extends ReadableInterop {
      constructor(impl) {
        super();
        this._impl = impl;
      }
      get closed() {
        return this._impl.closed;
      }
      get schema() {
        return this._impl.schema;
      }
      get autoDestroy() {
        return this._impl.autoDestroy;
      }
      get dictionaries() {
        return this._impl.dictionaries;
      }
      get numDictionaries() {
        return this._impl.numDictionaries;
      }
      get numRecordBatches() {
        return this._impl.numRecordBatches;
      }
      get footer() {
        return this._impl.isFile() ? this._impl.footer : null;
      }
      isSync() {
        return this._impl.isSync();
      }
      isAsync() {
        return this._impl.isAsync();
      }
      isFile() {
        return this._impl.isFile();
      }
      isStream() {
        return this._impl.isStream();
      }
      next() {
        return this._impl.next();
      }
      throw(value) {
        return this._impl.throw(value);
      }
      return(value) {
        return this._impl.return(value);
      }
      cancel() {
        return this._impl.cancel();
      }
      reset(schema) {
        this._impl.reset(schema);
        this._DOMStream = void 0;
        this._nodeStream = void 0;
        return this;
      }
      open(options2) {
        const opening = this._impl.open(options2);
        return isPromise(opening) ? opening.then(() => this) : this;
      }
      readRecordBatch(index) {
        return this._impl.isFile() ? this._impl.readRecordBatch(index) : null;
      }
      [Symbol.iterator]() {
        return this._impl[Symbol.iterator]();
      }
      [Symbol.asyncIterator]() {
        return this._impl[Symbol.asyncIterator]();
      }
      toDOMStream() {
        return adapters_default.toDOMStream(this.isSync() ? { [Symbol.iterator]: () => this } : { [Symbol.asyncIterator]: () => this });
      }
      toNodeStream() {
        return adapters_default.toNodeStream(this.isSync() ? { [Symbol.iterator]: () => this } : { [Symbol.asyncIterator]: () => this }, { objectMode: true });
      }
      /** @nocollapse */
      // @ts-ignore
      static throughNode(options2) {
        throw new Error(`"throughNode" not available in this environment`);
      }
      /** @nocollapse */
      static throughDOM(writableStrategy, readableStrategy) {
        throw new Error(`"throughDOM" not available in this environment`);
      }
      /** @nocollapse */
      static from(source) {
        if (source instanceof _RecordBatchReader) {
          return source;
        } else if (isArrowJSON(source)) {
          return fromArrowJSON(source);
        } else if (isFileHandle(source)) {
          return fromFileHandle(source);
        } else if (isPromise(source)) {
          return (() => __awaiter(this, void 0, void 0, function* () {
            return yield _RecordBatchReader.from(yield source);
          }))();
        } else if (isFetchResponse(source) || isReadableDOMStream(source) || isReadableNodeStream(source) || isAsyncIterable(source)) {
          return fromAsyncByteStream(new AsyncByteStream(source));
        }
        return fromByteStream(new ByteStream(source));
      }
      /** @nocollapse */
      static readAll(source) {
        if (source instanceof _RecordBatchReader) {
          return source.isSync() ? readAllSync(source) : readAllAsync(source);
        } else if (isArrowJSON(source) || ArrayBuffer.isView(source) || isIterable(source) || isIteratorResult(source)) {
          return readAllSync(source);
        }
        return readAllAsync(source);
      }
    };
    RecordBatchStreamReader = class extends RecordBatchReader {
      constructor(_impl) {
        super(_impl);
        this._impl = _impl;
      }
      readAll() {
        return [...this];
      }
      [Symbol.iterator]() {
        return this._impl[Symbol.iterator]();
      }
      [Symbol.asyncIterator]() {
        return __asyncGenerator(this, arguments, function* _a5() {
          yield __await(yield* __asyncDelegator(__asyncValues(this[Symbol.iterator]())));
        });
      }
    };
    AsyncRecordBatchStreamReader = class extends RecordBatchReader {
      constructor(_impl) {
        super(_impl);
        this._impl = _impl;
      }
      readAll() {
        return __awaiter(this, void 0, void 0, function* () {
          var _a5, e_1, _b2, _c2;
          const batches = new Array();
          try {
            for (var _d2 = true, _e2 = __asyncValues(this), _f2; _f2 = yield _e2.next(), _a5 = _f2.done, !_a5; _d2 = true) {
              _c2 = _f2.value;
              _d2 = false;
              const batch = _c2;
              batches.push(batch);
            }
          } catch (e_1_1) {
            e_1 = { error: e_1_1 };
          } finally {
            try {
              if (!_d2 && !_a5 && (_b2 = _e2.return)) yield _b2.call(_e2);
            } finally {
              if (e_1) throw e_1.error;
            }
          }
          return batches;
        });
      }
      [Symbol.iterator]() {
        throw new Error(`AsyncRecordBatchStreamReader is not Iterable`);
      }
      [Symbol.asyncIterator]() {
        return this._impl[Symbol.asyncIterator]();
      }
    };
    RecordBatchFileReader = class extends RecordBatchStreamReader {
      constructor(_impl) {
        super(_impl);
        this._impl = _impl;
      }
    };
    AsyncRecordBatchFileReader = class extends AsyncRecordBatchStreamReader {
      constructor(_impl) {
        super(_impl);
        this._impl = _impl;
      }
    };
    RecordBatchReaderImpl = class {
      get numDictionaries() {
        return this._dictionaryIndex;
      }
      get numRecordBatches() {
        return this._recordBatchIndex;
      }
      constructor(dictionaries = /* @__PURE__ */ new Map()) {
        this.closed = false;
        this.autoDestroy = true;
        this._dictionaryIndex = 0;
        this._recordBatchIndex = 0;
        this.dictionaries = dictionaries;
      }
      isSync() {
        return false;
      }
      isAsync() {
        return false;
      }
      isFile() {
        return false;
      }
      isStream() {
        return false;
      }
      reset(schema) {
        this._dictionaryIndex = 0;
        this._recordBatchIndex = 0;
        this.schema = schema;
        this.dictionaries = /* @__PURE__ */ new Map();
        return this;
      }
      _loadRecordBatch(header, body2, messageMetadata) {
        let children;
        if (header.compression != null) {
          const codec = compressionRegistry.get(header.compression.type);
          if ((codec === null || codec === void 0 ? void 0 : codec.decode) && typeof codec.decode === "function") {
            const { decommpressedBody, buffers } = this._decompressBuffers(header, body2, codec);
            children = this._loadCompressedVectors(header, decommpressedBody, this.schema.fields);
            header = new RecordBatch2(header.length, header.nodes, buffers, null);
          } else {
            throw new Error("Record batch is compressed but codec not found");
          }
        } else {
          children = this._loadVectors(header, body2, this.schema.fields);
        }
        const data = makeData({ type: new Struct(this.schema.fields), length: header.length, children });
        return new RecordBatch3(this.schema, data, messageMetadata);
      }
      _loadDictionaryBatch(header, body2) {
        const { id, isDelta } = header;
        const { dictionaries, schema } = this;
        const dictionary = dictionaries.get(id);
        const type = schema.dictionaries.get(id);
        let data;
        if (header.data.compression != null) {
          const codec = compressionRegistry.get(header.data.compression.type);
          if ((codec === null || codec === void 0 ? void 0 : codec.decode) && typeof codec.decode === "function") {
            const { decommpressedBody, buffers } = this._decompressBuffers(header.data, body2, codec);
            data = this._loadCompressedVectors(header.data, decommpressedBody, [type]);
            header = new DictionaryBatch2(new RecordBatch2(header.data.length, header.data.nodes, buffers, null, header.data.variadicBufferCounts), id, isDelta);
          } else {
            throw new Error("Dictionary batch is compressed but codec not found");
          }
        } else {
          data = this._loadVectors(header.data, body2, [type]);
        }
        return (dictionary && isDelta ? dictionary.concat(new Vector(data)) : new Vector(data)).memoize();
      }
      _loadVectors(header, body2, types) {
        return new VectorLoader(body2, header.nodes, header.buffers, this.dictionaries, this.schema.metadataVersion, header.variadicBufferCounts).visitMany(types);
      }
      _loadCompressedVectors(header, body2, types) {
        return new CompressedVectorLoader(body2, header.nodes, header.buffers, this.dictionaries, this.schema.metadataVersion, header.variadicBufferCounts).visitMany(types);
      }
      _decompressBuffers(header, body2, codec) {
        const decompressedBuffers = [];
        const newBufferRegions = [];
        let currentOffset = 0;
        for (const { offset, length } of header.buffers) {
          if (length === 0) {
            decompressedBuffers.push(new Uint8Array(0));
            newBufferRegions.push(new BufferRegion(currentOffset, 0));
            continue;
          }
          const byteBuf = new flatbuffers35.ByteBuffer(body2.subarray(offset, offset + length));
          const uncompressedLenth = bigIntToNumber(byteBuf.readInt64(0));
          const bytes = byteBuf.bytes().subarray(COMPRESS_LENGTH_PREFIX);
          const decompressed = uncompressedLenth === LENGTH_NO_COMPRESSED_DATA ? bytes : codec.decode(bytes);
          decompressedBuffers.push(decompressed);
          const padding = (currentOffset + 7 & ~7) - currentOffset;
          currentOffset += padding;
          newBufferRegions.push(new BufferRegion(currentOffset, decompressed.length));
          currentOffset += decompressed.length;
        }
        return {
          decommpressedBody: decompressedBuffers,
          buffers: newBufferRegions
        };
      }
    };
    RecordBatchStreamReaderImpl = class extends RecordBatchReaderImpl {
      constructor(source, dictionaries) {
        super(dictionaries);
        this._reader = !isArrowJSON(source) ? new MessageReader(this._handle = source) : new JSONMessageReader(this._handle = source);
      }
      isSync() {
        return true;
      }
      isStream() {
        return true;
      }
      [Symbol.iterator]() {
        return this;
      }
      cancel() {
        if (!this.closed && (this.closed = true)) {
          this.reset()._reader.return();
          this._reader = null;
          this.dictionaries = null;
        }
      }
      open(options2) {
        if (!this.closed) {
          this.autoDestroy = shouldAutoDestroy(this, options2);
          if (!(this.schema || (this.schema = this._reader.readSchema()))) {
            this.cancel();
          }
        }
        return this;
      }
      throw(value) {
        if (!this.closed && this.autoDestroy && (this.closed = true)) {
          return this.reset()._reader.throw(value);
        }
        return ITERATOR_DONE;
      }
      return(value) {
        if (!this.closed && this.autoDestroy && (this.closed = true)) {
          return this.reset()._reader.return(value);
        }
        return ITERATOR_DONE;
      }
      next() {
        if (this.closed) {
          return ITERATOR_DONE;
        }
        let message;
        const { _reader: reader } = this;
        while (message = this._readNextMessageAndValidate()) {
          if (message.isSchema()) {
            this.reset(message.header());
          } else if (message.isRecordBatch()) {
            this._recordBatchIndex++;
            const header = message.header();
            const buffer = reader.readMessageBody(message.bodyLength);
            const recordBatch = this._loadRecordBatch(header, buffer, message.metadata);
            return { done: false, value: recordBatch };
          } else if (message.isDictionaryBatch()) {
            this._dictionaryIndex++;
            const header = message.header();
            const buffer = reader.readMessageBody(message.bodyLength);
            const vector = this._loadDictionaryBatch(header, buffer);
            this.dictionaries.set(header.id, vector);
          }
        }
        if (this.schema && this._recordBatchIndex === 0) {
          this._recordBatchIndex++;
          return { done: false, value: new _InternalEmptyPlaceholderRecordBatch(this.schema) };
        }
        return this.return();
      }
      _readNextMessageAndValidate(type) {
        return this._reader.readMessage(type);
      }
    };
    AsyncRecordBatchStreamReaderImpl = class extends RecordBatchReaderImpl {
      constructor(source, dictionaries) {
        super(dictionaries);
        this._reader = new AsyncMessageReader(this._handle = source);
      }
      isAsync() {
        return true;
      }
      isStream() {
        return true;
      }
      [Symbol.asyncIterator]() {
        return this;
      }
      cancel() {
        return __awaiter(this, void 0, void 0, function* () {
          if (!this.closed && (this.closed = true)) {
            yield this.reset()._reader.return();
            this._reader = null;
            this.dictionaries = null;
          }
        });
      }
      open(options2) {
        return __awaiter(this, void 0, void 0, function* () {
          if (!this.closed) {
            this.autoDestroy = shouldAutoDestroy(this, options2);
            if (!(this.schema || (this.schema = yield this._reader.readSchema()))) {
              yield this.cancel();
            }
          }
          return this;
        });
      }
      throw(value) {
        return __awaiter(this, void 0, void 0, function* () {
          if (!this.closed && this.autoDestroy && (this.closed = true)) {
            return yield this.reset()._reader.throw(value);
          }
          return ITERATOR_DONE;
        });
      }
      return(value) {
        return __awaiter(this, void 0, void 0, function* () {
          if (!this.closed && this.autoDestroy && (this.closed = true)) {
            return yield this.reset()._reader.return(value);
          }
          return ITERATOR_DONE;
        });
      }
      next() {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.closed) {
            return ITERATOR_DONE;
          }
          let message;
          const { _reader: reader } = this;
          while (message = yield this._readNextMessageAndValidate()) {
            if (message.isSchema()) {
              yield this.reset(message.header());
            } else if (message.isRecordBatch()) {
              this._recordBatchIndex++;
              const header = message.header();
              const buffer = yield reader.readMessageBody(message.bodyLength);
              const recordBatch = this._loadRecordBatch(header, buffer, message.metadata);
              return { done: false, value: recordBatch };
            } else if (message.isDictionaryBatch()) {
              this._dictionaryIndex++;
              const header = message.header();
              const buffer = yield reader.readMessageBody(message.bodyLength);
              const vector = this._loadDictionaryBatch(header, buffer);
              this.dictionaries.set(header.id, vector);
            }
          }
          if (this.schema && this._recordBatchIndex === 0) {
            this._recordBatchIndex++;
            return { done: false, value: new _InternalEmptyPlaceholderRecordBatch(this.schema) };
          }
          return yield this.return();
        });
      }
      _readNextMessageAndValidate(type) {
        return __awaiter(this, void 0, void 0, function* () {
          return yield this._reader.readMessage(type);
        });
      }
    };
    RecordBatchFileReaderImpl = class extends RecordBatchStreamReaderImpl {
      get footer() {
        return this._footer;
      }
      get numDictionaries() {
        return this._footer ? this._footer.numDictionaries : 0;
      }
      get numRecordBatches() {
        return this._footer ? this._footer.numRecordBatches : 0;
      }
      constructor(source, dictionaries) {
        super(source instanceof RandomAccessFile ? source : new RandomAccessFile(source), dictionaries);
      }
      isSync() {
        return true;
      }
      isFile() {
        return true;
      }
      open(options2) {
        if (!this.closed && !this._footer) {
          this.schema = (this._footer = this._readFooter()).schema;
          for (const block of this._footer.dictionaryBatches()) {
            block && this._readDictionaryBatch(this._dictionaryIndex++);
          }
        }
        return super.open(options2);
      }
      readRecordBatch(index) {
        var _a5;
        if (this.closed) {
          return null;
        }
        if (!this._footer) {
          this.open();
        }
        const block = (_a5 = this._footer) === null || _a5 === void 0 ? void 0 : _a5.getRecordBatch(index);
        if (block && this._handle.seek(block.offset)) {
          const message = this._reader.readMessage(MessageHeader.RecordBatch);
          if (message === null || message === void 0 ? void 0 : message.isRecordBatch()) {
            const header = message.header();
            const buffer = this._reader.readMessageBody(message.bodyLength);
            const recordBatch = this._loadRecordBatch(header, buffer, message.metadata);
            return recordBatch;
          }
        }
        return null;
      }
      _readDictionaryBatch(index) {
        var _a5;
        const block = (_a5 = this._footer) === null || _a5 === void 0 ? void 0 : _a5.getDictionaryBatch(index);
        if (block && this._handle.seek(block.offset)) {
          const message = this._reader.readMessage(MessageHeader.DictionaryBatch);
          if (message === null || message === void 0 ? void 0 : message.isDictionaryBatch()) {
            const header = message.header();
            const buffer = this._reader.readMessageBody(message.bodyLength);
            const vector = this._loadDictionaryBatch(header, buffer);
            this.dictionaries.set(header.id, vector);
          }
        }
      }
      _readFooter() {
        const { _handle } = this;
        const offset = _handle.size - magicAndPadding;
        const length = _handle.readInt32(offset);
        const buffer = _handle.readAt(offset - length, length);
        return Footer_.decode(buffer);
      }
      _readNextMessageAndValidate(type) {
        var _a5;
        if (!this._footer) {
          this.open();
        }
        if (this._footer && this._recordBatchIndex < this.numRecordBatches) {
          const block = (_a5 = this._footer) === null || _a5 === void 0 ? void 0 : _a5.getRecordBatch(this._recordBatchIndex);
          if (block && this._handle.seek(block.offset)) {
            return this._reader.readMessage(type);
          }
        }
        return null;
      }
    };
    AsyncRecordBatchFileReaderImpl = class extends AsyncRecordBatchStreamReaderImpl {
      get footer() {
        return this._footer;
      }
      get numDictionaries() {
        return this._footer ? this._footer.numDictionaries : 0;
      }
      get numRecordBatches() {
        return this._footer ? this._footer.numRecordBatches : 0;
      }
      constructor(source, ...rest) {
        const byteLength = typeof rest[0] !== "number" ? rest.shift() : void 0;
        const dictionaries = rest[0] instanceof Map ? rest.shift() : void 0;
        super(source instanceof AsyncRandomAccessFile ? source : new AsyncRandomAccessFile(source, byteLength), dictionaries);
      }
      isFile() {
        return true;
      }
      isAsync() {
        return true;
      }
      open(options2) {
        const _super = Object.create(null, {
          open: { get: () => super.open }
        });
        return __awaiter(this, void 0, void 0, function* () {
          if (!this.closed && !this._footer) {
            this.schema = (this._footer = yield this._readFooter()).schema;
            for (const block of this._footer.dictionaryBatches()) {
              block && (yield this._readDictionaryBatch(this._dictionaryIndex++));
            }
          }
          return yield _super.open.call(this, options2);
        });
      }
      readRecordBatch(index) {
        return __awaiter(this, void 0, void 0, function* () {
          var _a5;
          if (this.closed) {
            return null;
          }
          if (!this._footer) {
            yield this.open();
          }
          const block = (_a5 = this._footer) === null || _a5 === void 0 ? void 0 : _a5.getRecordBatch(index);
          if (block && (yield this._handle.seek(block.offset))) {
            const message = yield this._reader.readMessage(MessageHeader.RecordBatch);
            if (message === null || message === void 0 ? void 0 : message.isRecordBatch()) {
              const header = message.header();
              const buffer = yield this._reader.readMessageBody(message.bodyLength);
              const recordBatch = this._loadRecordBatch(header, buffer, message.metadata);
              return recordBatch;
            }
          }
          return null;
        });
      }
      _readDictionaryBatch(index) {
        return __awaiter(this, void 0, void 0, function* () {
          var _a5;
          const block = (_a5 = this._footer) === null || _a5 === void 0 ? void 0 : _a5.getDictionaryBatch(index);
          if (block && (yield this._handle.seek(block.offset))) {
            const message = yield this._reader.readMessage(MessageHeader.DictionaryBatch);
            if (message === null || message === void 0 ? void 0 : message.isDictionaryBatch()) {
              const header = message.header();
              const buffer = yield this._reader.readMessageBody(message.bodyLength);
              const vector = this._loadDictionaryBatch(header, buffer);
              this.dictionaries.set(header.id, vector);
            }
          }
        });
      }
      _readFooter() {
        return __awaiter(this, void 0, void 0, function* () {
          const { _handle } = this;
          _handle._pending && (yield _handle._pending);
          const offset = _handle.size - magicAndPadding;
          const length = yield _handle.readInt32(offset);
          const buffer = yield _handle.readAt(offset - length, length);
          return Footer_.decode(buffer);
        });
      }
      _readNextMessageAndValidate(type) {
        return __awaiter(this, void 0, void 0, function* () {
          if (!this._footer) {
            yield this.open();
          }
          if (this._footer && this._recordBatchIndex < this.numRecordBatches) {
            const block = this._footer.getRecordBatch(this._recordBatchIndex);
            if (block && (yield this._handle.seek(block.offset))) {
              return yield this._reader.readMessage(type);
            }
          }
          return null;
        });
      }
    };
    RecordBatchJSONReaderImpl = class extends RecordBatchStreamReaderImpl {
      constructor(source, dictionaries) {
        super(source, dictionaries);
      }
      _loadVectors(header, body2, types) {
        return new JSONVectorLoader(body2, header.nodes, header.buffers, this.dictionaries, this.schema.metadataVersion, header.variadicBufferCounts).visitMany(types);
      }
    };
  }
});

// node_modules/apache-arrow/visitor/vectorassembler.mjs
function addBuffer(values) {
  const byteLength = values.byteLength + 7 & ~7;
  this.buffers.push(values);
  this.bufferRegions.push(new BufferRegion(this._byteLength, byteLength));
  this._byteLength += byteLength;
  return this;
}
function assembleUnion(data) {
  var _a5;
  const { type, length, typeIds, valueOffsets } = data;
  addBuffer.call(this, typeIds);
  if (type.mode === UnionMode.Sparse) {
    return assembleNestedVector.call(this, data);
  } else if (type.mode === UnionMode.Dense) {
    if (data.offset <= 0) {
      addBuffer.call(this, valueOffsets);
      return assembleNestedVector.call(this, data);
    } else {
      const shiftedOffsets = new Int32Array(length);
      const childOffsets = /* @__PURE__ */ Object.create(null);
      const childLengths = /* @__PURE__ */ Object.create(null);
      for (let typeId, shift, index = -1; ++index < length; ) {
        if ((typeId = typeIds[index]) === void 0) {
          continue;
        }
        if ((shift = childOffsets[typeId]) === void 0) {
          shift = childOffsets[typeId] = valueOffsets[index];
        }
        shiftedOffsets[index] = valueOffsets[index] - shift;
        childLengths[typeId] = ((_a5 = childLengths[typeId]) !== null && _a5 !== void 0 ? _a5 : 0) + 1;
      }
      addBuffer.call(this, shiftedOffsets);
      this.visitMany(data.children.map((child, childIndex) => {
        const typeId = type.typeIds[childIndex];
        const childOffset = childOffsets[typeId];
        const childLength = childLengths[typeId];
        return child.slice(childOffset, Math.min(length, childLength));
      }));
    }
  }
  return this;
}
function assembleBoolVector(data) {
  let values;
  if (data.nullCount >= data.length) {
    return addBuffer.call(this, new Uint8Array(data.length + 7 >> 3));
  } else if ((values = data.values) instanceof Uint8Array) {
    return addBuffer.call(this, truncateBitmap(data.offset, data.length, values));
  }
  return addBuffer.call(this, packBools(data.values));
}
function assembleFlatVector(data) {
  return addBuffer.call(this, data.values.subarray(0, data.length * data.stride));
}
function assembleFlatListVector(data) {
  const { length, values, valueOffsets } = data;
  const begin = bigIntToNumber(valueOffsets[0]);
  const end = bigIntToNumber(valueOffsets[length]);
  const byteLength = Math.min(end - begin, values.byteLength - begin);
  addBuffer.call(this, rebaseValueOffsets(-begin, length + 1, valueOffsets));
  addBuffer.call(this, values.subarray(begin, begin + byteLength));
  return this;
}
function assembleBinaryViewVector(data) {
  const { offset, length, stride, values, variadicBuffers = [] } = data;
  if (!values) {
    throw new Error("BinaryView data is missing view buffer");
  }
  const start2 = offset * stride;
  const end = start2 + length * stride;
  addBuffer.call(this, values.subarray(start2, end));
  for (const buffer of variadicBuffers) {
    addBuffer.call(this, buffer);
  }
  this._variadicBufferCounts.push(variadicBuffers.length);
  return this;
}
function assembleListVector(data) {
  const { length, valueOffsets } = data;
  if (valueOffsets) {
    const begin = bigIntToNumber(valueOffsets[0]);
    const end = bigIntToNumber(valueOffsets[length]);
    addBuffer.call(this, rebaseValueOffsets(-begin, length + 1, valueOffsets));
    return this.visit(data.children[0].slice(begin, end - begin));
  }
  return this.visit(data.children[0]);
}
function assembleNestedVector(data) {
  return this.visitMany(data.type.children.map((_, i2) => data.children[i2]).filter(Boolean))[0];
}
var VectorAssembler;
var init_vectorassembler = __esm({
  "node_modules/apache-arrow/visitor/vectorassembler.mjs"() {
    init_vector2();
    init_visitor();
    init_enum();
    init_recordbatch2();
    init_buffer();
    init_bit();
    init_message2();
    init_type2();
    init_bigint();
    VectorAssembler = class _VectorAssembler extends Visitor {
      /** @nocollapse */
      static assemble(...args2) {
        const unwrap = (nodes) => nodes.flatMap((node) => Array.isArray(node) ? unwrap(node) : node instanceof RecordBatch3 ? node.data.children : node.data);
        const assembler = new _VectorAssembler();
        assembler.visitMany(unwrap(args2));
        return assembler;
      }
      constructor() {
        super();
        this._byteLength = 0;
        this._nodes = [];
        this._buffers = [];
        this._bufferRegions = [];
        this._variadicBufferCounts = [];
      }
      visit(data) {
        if (data instanceof Vector) {
          this.visitMany(data.data);
          return this;
        }
        const { type } = data;
        if (!DataType.isDictionary(type)) {
          const { length } = data;
          if (length > 2147483647) {
            throw new RangeError("Cannot write arrays larger than 2^31 - 1 in length");
          }
          if (DataType.isUnion(type)) {
            this.nodes.push(new FieldNode2(length, 0));
          } else {
            const { nullCount } = data;
            if (!DataType.isNull(type)) {
              addBuffer.call(this, nullCount <= 0 ? new Uint8Array(0) : truncateBitmap(data.offset, length, data.nullBitmap));
            }
            this.nodes.push(new FieldNode2(length, nullCount));
          }
        }
        return super.visit(data);
      }
      visitNull(_null) {
        return this;
      }
      visitDictionary(data) {
        return this.visit(data.clone(data.type.indices));
      }
      get nodes() {
        return this._nodes;
      }
      get buffers() {
        return this._buffers;
      }
      get byteLength() {
        return this._byteLength;
      }
      get bufferRegions() {
        return this._bufferRegions;
      }
      get variadicBufferCounts() {
        return this._variadicBufferCounts;
      }
    };
    VectorAssembler.prototype.visitBool = assembleBoolVector;
    VectorAssembler.prototype.visitInt = assembleFlatVector;
    VectorAssembler.prototype.visitFloat = assembleFlatVector;
    VectorAssembler.prototype.visitUtf8 = assembleFlatListVector;
    VectorAssembler.prototype.visitLargeUtf8 = assembleFlatListVector;
    VectorAssembler.prototype.visitUtf8View = assembleBinaryViewVector;
    VectorAssembler.prototype.visitBinary = assembleFlatListVector;
    VectorAssembler.prototype.visitLargeBinary = assembleFlatListVector;
    VectorAssembler.prototype.visitBinaryView = assembleBinaryViewVector;
    VectorAssembler.prototype.visitFixedSizeBinary = assembleFlatVector;
    VectorAssembler.prototype.visitDate = assembleFlatVector;
    VectorAssembler.prototype.visitTimestamp = assembleFlatVector;
    VectorAssembler.prototype.visitTime = assembleFlatVector;
    VectorAssembler.prototype.visitDecimal = assembleFlatVector;
    VectorAssembler.prototype.visitList = assembleListVector;
    VectorAssembler.prototype.visitLargeList = assembleListVector;
    VectorAssembler.prototype.visitStruct = assembleNestedVector;
    VectorAssembler.prototype.visitUnion = assembleUnion;
    VectorAssembler.prototype.visitInterval = assembleFlatVector;
    VectorAssembler.prototype.visitDuration = assembleFlatVector;
    VectorAssembler.prototype.visitFixedSizeList = assembleListVector;
    VectorAssembler.prototype.visitMap = assembleListVector;
  }
});

// node_modules/apache-arrow/visitor/jsontypeassembler.mjs
var JSONTypeAssembler;
var init_jsontypeassembler = __esm({
  "node_modules/apache-arrow/visitor/jsontypeassembler.mjs"() {
    init_visitor();
    init_type();
    init_enum();
    JSONTypeAssembler = class extends Visitor {
      visit(node) {
        return node == null ? void 0 : super.visit(node);
      }
      visitNull({ typeId }) {
        return { "name": Type[typeId].toLowerCase() };
      }
      visitInt({ typeId, bitWidth, isSigned }) {
        return { "name": Type[typeId].toLowerCase(), "bitWidth": bitWidth, "isSigned": isSigned };
      }
      visitFloat({ typeId, precision }) {
        return { "name": Type[typeId].toLowerCase(), "precision": Precision[precision] };
      }
      visitBinary({ typeId }) {
        return { "name": Type[typeId].toLowerCase() };
      }
      visitLargeBinary({ typeId }) {
        return { "name": Type[typeId].toLowerCase() };
      }
      visitBinaryView({ typeId }) {
        return { "name": Type[typeId].toLowerCase() };
      }
      visitBool({ typeId }) {
        return { "name": Type[typeId].toLowerCase() };
      }
      visitUtf8({ typeId }) {
        return { "name": Type[typeId].toLowerCase() };
      }
      visitLargeUtf8({ typeId }) {
        return { "name": Type[typeId].toLowerCase() };
      }
      visitUtf8View({ typeId }) {
        return { "name": Type[typeId].toLowerCase() };
      }
      visitDecimal({ typeId, scale, precision, bitWidth }) {
        return { "name": Type[typeId].toLowerCase(), "scale": scale, "precision": precision, "bitWidth": bitWidth };
      }
      visitDate({ typeId, unit }) {
        return { "name": Type[typeId].toLowerCase(), "unit": DateUnit[unit] };
      }
      visitTime({ typeId, unit, bitWidth }) {
        return { "name": Type[typeId].toLowerCase(), "unit": TimeUnit[unit], bitWidth };
      }
      visitTimestamp({ typeId, timezone, unit }) {
        return { "name": Type[typeId].toLowerCase(), "unit": TimeUnit[unit], timezone };
      }
      visitInterval({ typeId, unit }) {
        return { "name": Type[typeId].toLowerCase(), "unit": IntervalUnit[unit] };
      }
      visitDuration({ typeId, unit }) {
        return { "name": Type[typeId].toLocaleLowerCase(), "unit": TimeUnit[unit] };
      }
      visitList({ typeId }) {
        return { "name": Type[typeId].toLowerCase() };
      }
      visitLargeList({ typeId }) {
        return { "name": Type[typeId].toLowerCase() };
      }
      visitStruct({ typeId }) {
        return { "name": Type[typeId].toLowerCase() };
      }
      visitUnion({ typeId, mode, typeIds }) {
        return {
          "name": Type[typeId].toLowerCase(),
          "mode": UnionMode[mode].toUpperCase(),
          "typeIds": [...typeIds]
        };
      }
      visitDictionary(node) {
        return this.visit(node.dictionary);
      }
      visitFixedSizeBinary({ typeId, byteWidth }) {
        return { "name": Type[typeId].toLowerCase(), "byteWidth": byteWidth };
      }
      visitFixedSizeList({ typeId, listSize }) {
        return { "name": Type[typeId].toLowerCase(), "listSize": listSize };
      }
      visitMap({ typeId, keysSorted }) {
        return { "name": Type[typeId].toLowerCase(), "keysSorted": keysSorted };
      }
    };
  }
});

// node_modules/apache-arrow/visitor/jsonvectorassembler.mjs
function* binaryToString(vector) {
  for (const octets of vector) {
    yield octets.reduce((str, byte) => {
      return `${str}${("0" + (byte & 255).toString(16)).slice(-2)}`;
    }, "").toUpperCase();
  }
}
function* bigNumsToStrings(values, stride) {
  const u32s = new Uint32Array(values.buffer, values.byteOffset, values.byteLength / Uint32Array.BYTES_PER_ELEMENT);
  for (let i2 = -1, n = u32s.length / stride; ++i2 < n; ) {
    yield `${BN.new(u32s.subarray((i2 + 0) * stride, (i2 + 1) * stride), false)}`;
  }
}
function binaryViewDataToJSON(data, formatInlined) {
  const INLINE_SIZE = 12;
  const viewsData = data.values;
  const dataView = new DataView(viewsData.buffer, viewsData.byteOffset, viewsData.byteLength);
  const numViews = viewsData.byteLength / 16;
  const bytesToHex = (bytes) => Array.from(bytes).map((b) => ("0" + (b & 255).toString(16)).slice(-2)).join("").toUpperCase();
  const parsedViews = Array.from({ length: numViews }, (_, i2) => {
    const offset = i2 * 16;
    const size = dataView.getInt32(offset, true);
    return [offset, size];
  }).map(([offset, size]) => size > INLINE_SIZE ? {
    "SIZE": size,
    "PREFIX_HEX": bytesToHex(viewsData.subarray(offset + 4, offset + 8)),
    "BUFFER_INDEX": dataView.getInt32(offset + 8, true),
    "OFFSET": dataView.getInt32(offset + 12, true)
  } : {
    "SIZE": size,
    "INLINED": formatInlined(viewsData.subarray(offset + 4, offset + 4 + size))
  });
  const uniqueBufferIndices = [...new Set(parsedViews.map((v) => v["BUFFER_INDEX"]).filter((idx) => idx !== void 0))];
  const variadicBuffers = uniqueBufferIndices.map((bufferIndex) => bytesToHex(data.variadicBuffers[bufferIndex]));
  const bufferIndexMap = new Map(uniqueBufferIndices.map((bufferIndex, outputIndex) => [bufferIndex, outputIndex]));
  const views = parsedViews.map((v) => v["BUFFER_INDEX"] !== void 0 ? Object.assign(Object.assign({}, v), { "BUFFER_INDEX": bufferIndexMap.get(v["BUFFER_INDEX"]) }) : v);
  return { "VIEWS": views, "VARIADIC_DATA_BUFFERS": variadicBuffers };
}
var JSONVectorAssembler;
var init_jsonvectorassembler = __esm({
  "node_modules/apache-arrow/visitor/jsonvectorassembler.mjs"() {
    init_bn();
    init_vector2();
    init_visitor();
    init_enum();
    init_enum();
    init_bit();
    init_interval2();
    init_type2();
    JSONVectorAssembler = class _JSONVectorAssembler extends Visitor {
      /** @nocollapse */
      static assemble(...batches) {
        const assembler = new _JSONVectorAssembler();
        return batches.map(({ schema, data }) => {
          return assembler.visitMany(schema.fields, data.children);
        });
      }
      visit({ name: name2 }, data) {
        const { length } = data;
        const { offset, nullCount, nullBitmap } = data;
        const type = DataType.isDictionary(data.type) ? data.type.indices : data.type;
        const buffers = Object.assign([], data.buffers, { [BufferType.VALIDITY]: void 0 });
        return Object.assign({ "name": name2, "count": length, "VALIDITY": DataType.isNull(type) || DataType.isUnion(type) ? void 0 : nullCount <= 0 ? Array.from({ length }, () => 1) : [...new BitIterator(nullBitmap, offset, length, null, getBit)] }, super.visit(data.clone(type, offset, length, 0, buffers)));
      }
      visitNull() {
        return {};
      }
      visitBool({ values, offset, length }) {
        return { "DATA": [...new BitIterator(values, offset, length, null, getBool2)] };
      }
      visitInt(data) {
        return {
          "DATA": data.type.bitWidth < 64 ? [...data.values] : [...bigNumsToStrings(data.values, 2)]
        };
      }
      visitFloat(data) {
        return { "DATA": [...data.values] };
      }
      visitUtf8(data) {
        return { "DATA": [...new Vector([data])], "OFFSET": [...data.valueOffsets] };
      }
      visitLargeUtf8(data) {
        return { "DATA": [...new Vector([data])], "OFFSET": [...bigNumsToStrings(data.valueOffsets, 2)] };
      }
      visitBinary(data) {
        return { "DATA": [...binaryToString(new Vector([data]))], "OFFSET": [...data.valueOffsets] };
      }
      visitLargeBinary(data) {
        return { "DATA": [...binaryToString(new Vector([data]))], "OFFSET": [...bigNumsToStrings(data.valueOffsets, 2)] };
      }
      visitBinaryView(data) {
        return binaryViewDataToJSON(data, (bytes) => Array.from(bytes).map((b) => ("0" + (b & 255).toString(16)).slice(-2)).join("").toUpperCase());
      }
      visitUtf8View(data) {
        return binaryViewDataToJSON(data, (bytes) => Array.from(bytes).map((b) => String.fromCodePoint(b)).join(""));
      }
      visitFixedSizeBinary(data) {
        return { "DATA": [...binaryToString(new Vector([data]))] };
      }
      visitDate(data) {
        return {
          "DATA": data.type.unit === DateUnit.DAY ? [...data.values] : [...bigNumsToStrings(data.values, 2)]
        };
      }
      visitTimestamp(data) {
        return { "DATA": [...bigNumsToStrings(data.values, 2)] };
      }
      visitTime(data) {
        return {
          "DATA": data.type.unit < TimeUnit.MICROSECOND ? [...data.values] : [...bigNumsToStrings(data.values, 2)]
        };
      }
      visitDecimal(data) {
        return { "DATA": [...bigNumsToStrings(data.values, 4)] };
      }
      visitList(data) {
        return {
          "OFFSET": [...data.valueOffsets],
          "children": this.visitMany(data.type.children, data.children)
        };
      }
      visitLargeList(data) {
        return {
          "OFFSET": [...bigNumsToStrings(data.valueOffsets, 2)],
          "children": this.visitMany(data.type.children, data.children)
        };
      }
      visitStruct(data) {
        return {
          "children": this.visitMany(data.type.children, data.children)
        };
      }
      visitUnion(data) {
        return {
          "TYPE_ID": [...data.typeIds],
          "OFFSET": data.type.mode === UnionMode.Dense ? [...data.valueOffsets] : void 0,
          "children": this.visitMany(data.type.children, data.children)
        };
      }
      visitInterval(data) {
        switch (data.type.unit) {
          case IntervalUnit.YEAR_MONTH:
            return { "DATA": [...data.values] };
          case IntervalUnit.DAY_TIME:
            return { "DATA": toIntervalDayTimeObjects(data.values) };
          case IntervalUnit.MONTH_DAY_NANO:
            return { "DATA": toIntervalMonthDayNanoObjects(data.values, true) };
        }
      }
      visitDuration(data) {
        return { "DATA": [...bigNumsToStrings(data.values, 2)] };
      }
      visitFixedSizeList(data) {
        return {
          "children": this.visitMany(data.type.children, data.children)
        };
      }
      visitMap(data) {
        return {
          "OFFSET": [...data.valueOffsets],
          "children": this.visitMany(data.type.children, data.children)
        };
      }
    };
  }
});

// node_modules/apache-arrow/ipc/writer.mjs
function writeAll(writer, input) {
  let chunks = input;
  if (input instanceof Table) {
    chunks = input.batches;
    writer.reset(void 0, input.schema);
  }
  for (const batch of chunks) {
    writer.write(batch);
  }
  return writer.finish();
}
function writeAllAsync(writer, batches) {
  return __awaiter(this, void 0, void 0, function* () {
    var _a5, batches_1, batches_1_1;
    var _b2, e_1, _c2, _d2;
    try {
      for (_a5 = true, batches_1 = __asyncValues(batches); batches_1_1 = yield batches_1.next(), _b2 = batches_1_1.done, !_b2; _a5 = true) {
        _d2 = batches_1_1.value;
        _a5 = false;
        const batch = _d2;
        writer.write(batch);
      }
    } catch (e_1_1) {
      e_1 = { error: e_1_1 };
    } finally {
      try {
        if (!_a5 && !_b2 && (_c2 = batches_1.return)) yield _c2.call(batches_1);
      } finally {
        if (e_1) throw e_1.error;
      }
    }
    return writer.finish();
  });
}
function fieldToJSON({ name: name2, type, nullable }) {
  const assembler = new JSONTypeAssembler();
  return {
    "name": name2,
    "nullable": nullable,
    "type": assembler.visit(type),
    "children": (type.children || []).map((field) => fieldToJSON(field)),
    "dictionary": !DataType.isDictionary(type) ? void 0 : {
      "id": type.id,
      "isOrdered": type.isOrdered,
      "indexType": assembler.visit(type.indices)
    }
  };
}
function dictionaryBatchToJSON(dictionary, id, isDelta = false) {
  const [columns] = JSONVectorAssembler.assemble(new RecordBatch3({ [id]: dictionary }));
  return JSON.stringify({
    "id": id,
    "isDelta": isDelta,
    "data": {
      "count": dictionary.length,
      "columns": columns
    }
  }, null, 2);
}
function recordBatchToJSON(records) {
  const [columns] = JSONVectorAssembler.assemble(records);
  return JSON.stringify({
    "count": records.numRows,
    "columns": columns
  }, null, 2);
}
var flatbuffers36, RecordBatchWriter, RecordBatchStreamWriter, RecordBatchFileWriter, RecordBatchJSONWriter;
var init_writer = __esm({
  "node_modules/apache-arrow/ipc/writer.mjs"() {
    init_tslib_es6();
    init_table();
    init_message3();
    init_vector2();
    init_type2();
    init_message2();
    init_message2();
    init_file();
    init_enum();
    init_typecomparator();
    init_stream();
    init_vectorassembler();
    init_jsontypeassembler();
    init_jsonvectorassembler();
    init_buffer();
    init_recordbatch2();
    init_interfaces();
    init_compat();
    init_compression_type();
    init_registry();
    init_constants();
    flatbuffers36 = __toESM(require_flatbuffers(), 1);
    RecordBatchWriter = class extends ReadableInterop {
      /** @nocollapse */
      // @ts-ignore
      static throughNode(options2) {
        throw new Error(`"throughNode" not available in this environment`);
      }
      /** @nocollapse */
      static throughDOM(writableStrategy, readableStrategy) {
        throw new Error(`"throughDOM" not available in this environment`);
      }
      constructor(options2) {
        super();
        this._position = 0;
        this._started = false;
        this._compression = null;
        this._sink = new AsyncByteQueue();
        this._schema = null;
        this._dictionaryBlocks = [];
        this._recordBatchBlocks = [];
        this._seenDictionaries = /* @__PURE__ */ new Map();
        this._dictionaryDeltaOffsets = /* @__PURE__ */ new Map();
        isObject(options2) || (options2 = { autoDestroy: true, writeLegacyIpcFormat: false, compressionType: null });
        this._autoDestroy = typeof options2.autoDestroy === "boolean" ? options2.autoDestroy : true;
        this._writeLegacyIpcFormat = typeof options2.writeLegacyIpcFormat === "boolean" ? options2.writeLegacyIpcFormat : false;
        if (options2.compressionType != null) {
          if (this._writeLegacyIpcFormat) {
            throw new Error("Legacy IPC format does not support columnar compression. Use modern IPC format (writeLegacyIpcFormat=false).");
          }
          if (Object.values(CompressionType).includes(options2.compressionType)) {
            this._compression = new BodyCompression2(options2.compressionType);
          } else {
            const validCompressionTypes = Object.values(CompressionType).filter((v) => typeof v === "string");
            throw new Error(`Unsupported compressionType: ${options2.compressionType} Available types: ${validCompressionTypes.join(", ")}`);
          }
        } else {
          this._compression = null;
        }
      }
      toString(sync = false) {
        return this._sink.toString(sync);
      }
      toUint8Array(sync = false) {
        return this._sink.toUint8Array(sync);
      }
      writeAll(input) {
        if (isPromise(input)) {
          return input.then((x) => this.writeAll(x));
        } else if (isAsyncIterable(input)) {
          return writeAllAsync(this, input);
        }
        return writeAll(this, input);
      }
      get closed() {
        return this._sink.closed;
      }
      [Symbol.asyncIterator]() {
        return this._sink[Symbol.asyncIterator]();
      }
      toDOMStream(options2) {
        return this._sink.toDOMStream(options2);
      }
      toNodeStream(options2) {
        return this._sink.toNodeStream(options2);
      }
      close() {
        return this.reset()._sink.close();
      }
      abort(reason) {
        return this.reset()._sink.abort(reason);
      }
      finish() {
        this._autoDestroy ? this.close() : this.reset(this._sink, this._schema);
        return this;
      }
      reset(sink = this._sink, schema = null) {
        if (sink === this._sink || sink instanceof AsyncByteQueue) {
          this._sink = sink;
        } else {
          this._sink = new AsyncByteQueue();
          if (sink && isWritableDOMStream(sink)) {
            this.toDOMStream({ type: "bytes" }).pipeTo(sink);
          } else if (sink && isWritableNodeStream(sink)) {
            this.toNodeStream({ objectMode: false }).pipe(sink);
          }
        }
        if (this._started && this._schema) {
          this._writeFooter(this._schema);
        }
        this._started = false;
        this._dictionaryBlocks = [];
        this._recordBatchBlocks = [];
        this._seenDictionaries = /* @__PURE__ */ new Map();
        this._dictionaryDeltaOffsets = /* @__PURE__ */ new Map();
        if (!schema || !compareSchemas(schema, this._schema)) {
          if (schema == null) {
            this._position = 0;
            this._schema = null;
          } else {
            this._started = true;
            this._schema = schema;
            this._writeSchema(schema);
          }
        }
        return this;
      }
      write(payload) {
        let schema = null;
        if (!this._sink) {
          throw new Error(`RecordBatchWriter is closed`);
        } else if (payload == null) {
          return this.finish() && void 0;
        } else if (payload instanceof Table && !(schema = payload.schema)) {
          return this.finish() && void 0;
        } else if (payload instanceof RecordBatch3 && !(schema = payload.schema)) {
          return this.finish() && void 0;
        }
        if (schema && !compareSchemas(schema, this._schema)) {
          if (this._started && this._autoDestroy) {
            return this.close();
          }
          this.reset(this._sink, schema);
        }
        if (payload instanceof RecordBatch3) {
          if (!(payload instanceof _InternalEmptyPlaceholderRecordBatch)) {
            this._writeRecordBatch(payload);
          }
        } else if (payload instanceof Table) {
          this.writeAll(payload.batches);
        } else if (isIterable(payload)) {
          this.writeAll(payload);
        }
      }
      _writeMessage(message, alignment = 8) {
        const a = alignment - 1;
        const buffer = Message2.encode(message);
        const flatbufferSize = buffer.byteLength;
        const prefixSize = !this._writeLegacyIpcFormat ? 8 : 4;
        const alignedSize = flatbufferSize + prefixSize + a & ~a;
        const nPaddingBytes = alignedSize - flatbufferSize - prefixSize;
        if (message.headerType === MessageHeader.RecordBatch) {
          this._recordBatchBlocks.push(new FileBlock(alignedSize, message.bodyLength, this._position));
        } else if (message.headerType === MessageHeader.DictionaryBatch) {
          this._dictionaryBlocks.push(new FileBlock(alignedSize, message.bodyLength, this._position));
        }
        if (!this._writeLegacyIpcFormat) {
          this._write(Int32Array.of(-1));
        }
        this._write(Int32Array.of(alignedSize - prefixSize));
        if (flatbufferSize > 0) {
          this._write(buffer);
        }
        return this._writePadding(nPaddingBytes);
      }
      _write(chunk) {
        if (this._started) {
          const buffer = toUint8Array(chunk);
          if (buffer && buffer.byteLength > 0) {
            this._sink.write(buffer);
            this._position += buffer.byteLength;
          }
        }
        return this;
      }
      _writeSchema(schema) {
        return this._writeMessage(Message2.from(schema));
      }
      // @ts-ignore
      _writeFooter(schema) {
        return this._writeLegacyIpcFormat ? this._write(Int32Array.of(0)) : this._write(Int32Array.of(-1, 0));
      }
      _writeMagic() {
        return this._write(MAGIC);
      }
      _writePadding(nBytes) {
        return nBytes > 0 ? this._write(new Uint8Array(nBytes)) : this;
      }
      _writeRecordBatch(batch) {
        const { byteLength, nodes, bufferRegions, buffers, variadicBufferCounts } = this._assembleRecordBatch(batch);
        const recordBatch = new RecordBatch2(batch.numRows, nodes, bufferRegions, this._compression, variadicBufferCounts, batch.metadata);
        const message = Message2.from(recordBatch, byteLength);
        return this._writeDictionaries(batch)._writeMessage(message)._writeBodyBuffers(buffers);
      }
      _assembleRecordBatch(batch) {
        let { byteLength, nodes, bufferRegions, buffers, variadicBufferCounts } = VectorAssembler.assemble(batch);
        if (this._compression != null) {
          ({ byteLength, bufferRegions, buffers } = this._compressBodyBuffers(buffers));
        }
        return { byteLength, nodes, bufferRegions, buffers, variadicBufferCounts };
      }
      _compressBodyBuffers(buffers) {
        const codec = compressionRegistry.get(this._compression.type);
        if (!(codec === null || codec === void 0 ? void 0 : codec.encode) || typeof codec.encode !== "function") {
          throw new Error(`Codec for compression type "${CompressionType[this._compression.type]}" has invalid encode method`);
        }
        let currentOffset = 0;
        const compressedBuffers = [];
        const bufferRegions = [];
        for (const buffer of buffers) {
          const byteBuf = toUint8Array(buffer);
          if (byteBuf.length === 0) {
            compressedBuffers.push(new Uint8Array(0), new Uint8Array(0));
            bufferRegions.push(new BufferRegion(currentOffset, 0));
            continue;
          }
          const compressed = codec.encode(byteBuf);
          const isCompressionEffective = compressed.length < byteBuf.length;
          const finalBuffer = isCompressionEffective ? compressed : byteBuf;
          const byteLength = isCompressionEffective ? finalBuffer.length : LENGTH_NO_COMPRESSED_DATA;
          const lengthPrefix = new flatbuffers36.ByteBuffer(new Uint8Array(COMPRESS_LENGTH_PREFIX));
          lengthPrefix.writeInt64(0, BigInt(byteLength));
          compressedBuffers.push(lengthPrefix.bytes(), new Uint8Array(finalBuffer));
          const padding = (currentOffset + 7 & ~7) - currentOffset;
          currentOffset += padding;
          const fullBodyLength = COMPRESS_LENGTH_PREFIX + finalBuffer.length;
          bufferRegions.push(new BufferRegion(currentOffset, fullBodyLength));
          currentOffset += fullBodyLength;
        }
        const finalPadding = (currentOffset + 7 & ~7) - currentOffset;
        currentOffset += finalPadding;
        return { byteLength: currentOffset, bufferRegions, buffers: compressedBuffers };
      }
      _writeDictionaryBatch(dictionary, id, isDelta = false) {
        const { byteLength, nodes, bufferRegions, buffers, variadicBufferCounts } = this._assembleRecordBatch(new Vector([dictionary]));
        const recordBatch = new RecordBatch2(dictionary.length, nodes, bufferRegions, this._compression, variadicBufferCounts);
        const dictionaryBatch = new DictionaryBatch2(recordBatch, id, isDelta);
        const message = Message2.from(dictionaryBatch, byteLength);
        return this._writeMessage(message)._writeBodyBuffers(buffers);
      }
      _writeBodyBuffers(buffers) {
        const bufGroupSize = this._compression != null ? 2 : 1;
        const bufs = new Array(bufGroupSize);
        for (let i2 = 0; i2 < buffers.length; i2 += bufGroupSize) {
          let size = 0;
          for (let j = -1; ++j < bufGroupSize; ) {
            bufs[j] = buffers[i2 + j];
            size += bufs[j].byteLength;
          }
          if (size === 0) {
            continue;
          }
          for (const buf of bufs)
            this._write(buf);
          const padding = (size + 7 & ~7) - size;
          if (padding > 0) {
            this._writePadding(padding);
          }
        }
        return this;
      }
      _writeDictionaries(batch) {
        var _a5, _b2;
        for (const [id, dictionary] of batch.dictionaries) {
          const chunks = (_a5 = dictionary === null || dictionary === void 0 ? void 0 : dictionary.data) !== null && _a5 !== void 0 ? _a5 : [];
          const prevDictionary = this._seenDictionaries.get(id);
          const offset = (_b2 = this._dictionaryDeltaOffsets.get(id)) !== null && _b2 !== void 0 ? _b2 : 0;
          if (!prevDictionary || prevDictionary.data[0] !== chunks[0]) {
            for (const [index, chunk] of chunks.entries())
              this._writeDictionaryBatch(chunk, id, index > 0);
          } else if (offset < chunks.length) {
            for (const chunk of chunks.slice(offset))
              this._writeDictionaryBatch(chunk, id, true);
          }
          this._seenDictionaries.set(id, dictionary);
          this._dictionaryDeltaOffsets.set(id, chunks.length);
        }
        return this;
      }
    };
    RecordBatchStreamWriter = class _RecordBatchStreamWriter extends RecordBatchWriter {
      /** @nocollapse */
      static writeAll(input, options2) {
        const writer = new _RecordBatchStreamWriter(options2);
        if (isPromise(input)) {
          return input.then((x) => writer.writeAll(x));
        } else if (isAsyncIterable(input)) {
          return writeAllAsync(writer, input);
        }
        return writeAll(writer, input);
      }
    };
    RecordBatchFileWriter = class _RecordBatchFileWriter extends RecordBatchWriter {
      /** @nocollapse */
      static writeAll(input, options2) {
        const writer = new _RecordBatchFileWriter(options2);
        if (isPromise(input)) {
          return input.then((x) => writer.writeAll(x));
        } else if (isAsyncIterable(input)) {
          return writeAllAsync(writer, input);
        }
        return writeAll(writer, input);
      }
      constructor(options2) {
        super(options2);
        this._autoDestroy = true;
        this._writeLegacyIpcFormat = false;
      }
      // @ts-ignore
      _writeSchema(schema) {
        return this._writeMagic()._writePadding(2);
      }
      _writeDictionaryBatch(dictionary, id, isDelta = false) {
        if (!isDelta && this._seenDictionaries.has(id)) {
          throw new Error("The Arrow File format does not support replacement dictionaries. ");
        }
        return super._writeDictionaryBatch(dictionary, id, isDelta);
      }
      _writeFooter(schema) {
        const buffer = Footer_.encode(new Footer_(schema, MetadataVersion.V5, this._recordBatchBlocks, this._dictionaryBlocks));
        return super._writeFooter(schema)._write(buffer)._write(Int32Array.of(buffer.byteLength))._writeMagic();
      }
    };
    RecordBatchJSONWriter = class _RecordBatchJSONWriter extends RecordBatchWriter {
      /** @nocollapse */
      static writeAll(input) {
        return new _RecordBatchJSONWriter().writeAll(input);
      }
      constructor() {
        super();
        this._autoDestroy = true;
        this._recordBatches = [];
        this._recordBatchesWithDictionaries = [];
      }
      _writeMessage() {
        return this;
      }
      // @ts-ignore
      _writeFooter(schema) {
        return this;
      }
      _writeSchema(schema) {
        return this._write(`{
  "schema": ${JSON.stringify({ fields: schema.fields.map((field) => fieldToJSON(field)) }, null, 2)}`);
      }
      _writeDictionaries(batch) {
        if (batch.dictionaries.size > 0) {
          this._recordBatchesWithDictionaries.push(batch);
        }
        return this;
      }
      _writeDictionaryBatch(dictionary, id, isDelta = false) {
        this._write(this._dictionaryBlocks.length === 0 ? `    ` : `,
    `);
        this._write(dictionaryBatchToJSON(dictionary, id, isDelta));
        this._dictionaryBlocks.push(new FileBlock(0, 0, 0));
        return this;
      }
      _writeRecordBatch(batch) {
        this._writeDictionaries(batch);
        this._recordBatches.push(batch);
        return this;
      }
      close() {
        if (this._recordBatchesWithDictionaries.length > 0) {
          this._write(`,
  "dictionaries": [
`);
          for (const batch of this._recordBatchesWithDictionaries) {
            super._writeDictionaries(batch);
          }
          this._write(`
  ]`);
        }
        if (this._recordBatches.length > 0) {
          for (let i2 = -1, n = this._recordBatches.length; ++i2 < n; ) {
            this._write(i2 === 0 ? `,
  "batches": [
    ` : `,
    `);
            this._write(recordBatchToJSON(this._recordBatches[i2]));
            this._recordBatchBlocks.push(new FileBlock(0, 0, 0));
          }
          this._write(`
  ]`);
        }
        if (this._schema) {
          this._write(`
}`);
        }
        this._recordBatchesWithDictionaries = [];
        this._recordBatches = [];
        return super.close();
      }
    };
  }
});

// node_modules/apache-arrow/io/node/iterable.mjs
import { Readable } from "node:stream";
function toNodeStream(source, options2) {
  if (isAsyncIterable(source)) {
    return new AsyncIterableReadable(source[Symbol.asyncIterator](), options2);
  }
  if (isIterable(source)) {
    return new IterableReadable(source[Symbol.iterator](), options2);
  }
  throw new Error(`toNodeStream() must be called with an Iterable or AsyncIterable`);
}
var IterableReadable, AsyncIterableReadable;
var init_iterable = __esm({
  "node_modules/apache-arrow/io/node/iterable.mjs"() {
    init_tslib_es6();
    init_compat();
    IterableReadable = class extends Readable {
      constructor(it, options2) {
        super(options2);
        this._iterator = it;
        this._pulling = false;
        this._bytesMode = !options2 || !options2.objectMode;
      }
      _read(size) {
        const it = this._iterator;
        if (it && !this._pulling && (this._pulling = true)) {
          this._pulling = this._pull(size, it);
        }
      }
      _destroy(e, cb) {
        const it = this._iterator;
        let fn;
        it && (fn = e != null && it.throw || it.return);
        fn === null || fn === void 0 ? void 0 : fn.call(it, e);
        cb && cb(null);
      }
      _pull(size, it) {
        const bm = this._bytesMode;
        let r = null;
        while (this.readable && !(r = it.next(bm ? size : null)).done) {
          if (size != null) {
            size -= bm && ArrayBuffer.isView(r.value) ? r.value.byteLength : 1;
          }
          if (!this.push(r.value) || size <= 0) {
            break;
          }
        }
        if (((r === null || r === void 0 ? void 0 : r.done) || !this.readable) && (this.push(null) || true)) {
          it.return && it.return();
        }
        return !this.readable;
      }
    };
    AsyncIterableReadable = class extends Readable {
      constructor(it, options2) {
        super(options2);
        this._iterator = it;
        this._pulling = false;
        this._bytesMode = !options2 || !options2.objectMode;
      }
      _read(size) {
        const it = this._iterator;
        if (it && !this._pulling && (this._pulling = true)) {
          (() => __awaiter(this, void 0, void 0, function* () {
            return this._pulling = yield this._pull(size, it);
          }))();
        }
      }
      _destroy(e, cb) {
        const it = this._iterator;
        let fn;
        it && (fn = e != null && it.throw || it.return);
        (fn === null || fn === void 0 ? void 0 : fn.call(it, e).then(() => cb && cb(null))) || cb && cb(null);
      }
      _pull(size, it) {
        return __awaiter(this, void 0, void 0, function* () {
          const bm = this._bytesMode;
          let r = null;
          while (this.readable && !(r = yield it.next(bm ? size : null)).done) {
            if (size != null) {
              size -= bm && ArrayBuffer.isView(r.value) ? r.value.byteLength : 1;
            }
            if (!this.push(r.value) || size <= 0) {
              break;
            }
          }
          if (((r === null || r === void 0 ? void 0 : r.done) || !this.readable) && (this.push(null) || true)) {
            it.return && it.return();
          }
          return !this.readable;
        });
      }
    };
  }
});

// node_modules/apache-arrow/io/node/builder.mjs
import { Duplex } from "node:stream";
function builderThroughNodeStream(options2) {
  return new BuilderDuplex(makeBuilder(options2), options2);
}
var BuilderDuplex, builderLength, builderByteLength;
var init_builder2 = __esm({
  "node_modules/apache-arrow/io/node/builder.mjs"() {
    init_factories();
    BuilderDuplex = class extends Duplex {
      constructor(builder, options2) {
        const { queueingStrategy = "count", autoDestroy = true } = options2;
        const { highWaterMark = queueingStrategy !== "bytes" ? 1e3 : Math.pow(2, 14) } = options2;
        super({ autoDestroy, highWaterMark: 1, allowHalfOpen: true, writableObjectMode: true, readableObjectMode: true });
        this._numChunks = 0;
        this._finished = false;
        this._builder = builder;
        this._desiredSize = highWaterMark;
        this._getSize = queueingStrategy !== "bytes" ? builderLength : builderByteLength;
      }
      _read(size) {
        this._maybeFlush(this._builder, this._desiredSize = size);
      }
      _final(cb) {
        this._maybeFlush(this._builder.finish(), this._desiredSize);
        cb && cb();
      }
      _write(value, _, cb) {
        const result = this._maybeFlush(this._builder.append(value), this._desiredSize);
        cb && cb();
        return result;
      }
      _destroy(err2, cb) {
        this._builder.clear();
        cb && cb(err2);
      }
      _maybeFlush(builder, size) {
        if (this._getSize(builder) >= size) {
          ++this._numChunks && this.push(builder.toVector());
        }
        if (builder.finished) {
          if (builder.length > 0 || this._numChunks === 0) {
            ++this._numChunks && this.push(builder.toVector());
          }
          if (!this._finished && (this._finished = true)) {
            this.push(null);
          }
          return false;
        }
        return this._getSize(builder) < this.writableHighWaterMark;
      }
    };
    builderLength = (builder) => builder.length;
    builderByteLength = (builder) => builder.byteLength;
  }
});

// node_modules/apache-arrow/io/node/reader.mjs
import { Duplex as Duplex2 } from "node:stream";
function recordBatchReaderThroughNodeStream(options2) {
  return new RecordBatchReaderDuplex(options2);
}
var RecordBatchReaderDuplex;
var init_reader2 = __esm({
  "node_modules/apache-arrow/io/node/reader.mjs"() {
    init_tslib_es6();
    init_stream();
    init_reader();
    RecordBatchReaderDuplex = class extends Duplex2 {
      constructor(options2) {
        super(Object.assign(Object.assign({ allowHalfOpen: false }, options2), { readableObjectMode: true, writableObjectMode: false }));
        this._pulling = false;
        this._autoDestroy = true;
        this._reader = null;
        this._pulling = false;
        this._asyncQueue = new AsyncByteQueue();
        this._autoDestroy = options2 && typeof options2.autoDestroy === "boolean" ? options2.autoDestroy : true;
      }
      _final(cb) {
        const aq = this._asyncQueue;
        aq === null || aq === void 0 ? void 0 : aq.close();
        cb && cb();
      }
      _write(x, _, cb) {
        const aq = this._asyncQueue;
        aq === null || aq === void 0 ? void 0 : aq.write(x);
        cb && cb();
        return true;
      }
      _read(size) {
        const aq = this._asyncQueue;
        if (aq && !this._pulling && (this._pulling = true)) {
          (() => __awaiter(this, void 0, void 0, function* () {
            if (!this._reader) {
              this._reader = yield this._open(aq);
            }
            this._pulling = yield this._pull(size, this._reader);
          }))();
        }
      }
      _destroy(err2, cb) {
        const aq = this._asyncQueue;
        if (aq) {
          err2 ? aq.abort(err2) : aq.close();
        }
        cb(this._asyncQueue = this._reader = null);
      }
      _open(source) {
        return __awaiter(this, void 0, void 0, function* () {
          return yield (yield RecordBatchReader.from(source)).open({ autoDestroy: this._autoDestroy });
        });
      }
      _pull(size, reader) {
        return __awaiter(this, void 0, void 0, function* () {
          let r = null;
          while (this.readable && !(r = yield reader.next()).done) {
            if (!this.push(r.value) || size != null && --size <= 0) {
              break;
            }
          }
          if (!this.readable || (r === null || r === void 0 ? void 0 : r.done) && (reader.autoDestroy || (yield reader.reset().open()).closed)) {
            this.push(null);
            yield reader.cancel();
          }
          return !this.readable;
        });
      }
    };
  }
});

// node_modules/apache-arrow/io/node/writer.mjs
import { Duplex as Duplex3 } from "node:stream";
function recordBatchWriterThroughNodeStream(options2) {
  return new RecordBatchWriterDuplex(new this(options2));
}
var RecordBatchWriterDuplex;
var init_writer2 = __esm({
  "node_modules/apache-arrow/io/node/writer.mjs"() {
    init_tslib_es6();
    init_stream();
    RecordBatchWriterDuplex = class extends Duplex3 {
      constructor(writer, options2) {
        super(Object.assign(Object.assign({ allowHalfOpen: false }, options2), { writableObjectMode: true, readableObjectMode: false }));
        this._pulling = false;
        this._writer = writer;
        this._reader = new AsyncByteStream(writer);
      }
      _final(cb) {
        const writer = this._writer;
        writer === null || writer === void 0 ? void 0 : writer.close();
        cb && cb();
      }
      _write(x, _, cb) {
        const writer = this._writer;
        writer === null || writer === void 0 ? void 0 : writer.write(x);
        cb && cb();
        return true;
      }
      _read(size) {
        const it = this._reader;
        if (it && !this._pulling && (this._pulling = true)) {
          (() => __awaiter(this, void 0, void 0, function* () {
            return this._pulling = yield this._pull(size, it);
          }))();
        }
      }
      _destroy(err2, cb) {
        const writer = this._writer;
        if (writer) {
          err2 ? writer.abort(err2) : writer.close();
        }
        cb(this._reader = this._writer = null);
      }
      _pull(size, reader) {
        return __awaiter(this, void 0, void 0, function* () {
          let r = null;
          while (this.readable && !(r = yield reader.next(size || null)).done) {
            if (size != null && r.value) {
              size -= r.value.byteLength;
            }
            if (!this.push(r.value) || size <= 0) {
              break;
            }
          }
          if ((r === null || r === void 0 ? void 0 : r.done) || !this.readable) {
            this.push(null);
            yield reader.cancel();
          }
          return !this.readable;
        });
      }
    };
  }
});

// node_modules/apache-arrow/io/whatwg/iterable.mjs
function toDOMStream(source, options2) {
  if (isAsyncIterable(source)) {
    return asyncIterableAsReadableDOMStream(source, options2);
  }
  if (isIterable(source)) {
    return iterableAsReadableDOMStream(source, options2);
  }
  throw new Error(`toDOMStream() must be called with an Iterable or AsyncIterable`);
}
function iterableAsReadableDOMStream(source, options2) {
  let it = null;
  const bm = (options2 === null || options2 === void 0 ? void 0 : options2.type) === "bytes" || false;
  const hwm = (options2 === null || options2 === void 0 ? void 0 : options2.highWaterMark) || Math.pow(2, 24);
  return new ReadableStream(Object.assign(Object.assign({}, options2), {
    start(controller) {
      next(controller, it || (it = source[Symbol.iterator]()));
    },
    pull(controller) {
      it ? next(controller, it) : controller.close();
    },
    cancel() {
      (it === null || it === void 0 ? void 0 : it.return) && it.return();
      it = null;
    }
  }), Object.assign({ highWaterMark: bm ? hwm : void 0 }, options2));
  function next(controller, it2) {
    let buf;
    let r = null;
    let size = controller.desiredSize || null;
    while (!(r = it2.next(bm ? size : null)).done) {
      if (ArrayBuffer.isView(r.value) && (buf = toUint8Array(r.value))) {
        size != null && bm && (size = size - buf.byteLength + 1);
        r.value = buf;
      }
      controller.enqueue(r.value);
      if (size != null && --size <= 0) {
        return;
      }
    }
    controller.close();
  }
}
function asyncIterableAsReadableDOMStream(source, options2) {
  let it = null;
  const bm = (options2 === null || options2 === void 0 ? void 0 : options2.type) === "bytes" || false;
  const hwm = (options2 === null || options2 === void 0 ? void 0 : options2.highWaterMark) || Math.pow(2, 24);
  return new ReadableStream(Object.assign(Object.assign({}, options2), {
    start(controller) {
      return __awaiter(this, void 0, void 0, function* () {
        yield next(controller, it || (it = source[Symbol.asyncIterator]()));
      });
    },
    pull(controller) {
      return __awaiter(this, void 0, void 0, function* () {
        it ? yield next(controller, it) : controller.close();
      });
    },
    cancel() {
      return __awaiter(this, void 0, void 0, function* () {
        (it === null || it === void 0 ? void 0 : it.return) && (yield it.return());
        it = null;
      });
    }
  }), Object.assign({ highWaterMark: bm ? hwm : void 0 }, options2));
  function next(controller, it2) {
    return __awaiter(this, void 0, void 0, function* () {
      let buf;
      let r = null;
      let size = controller.desiredSize || null;
      while (!(r = yield it2.next(bm ? size : null)).done) {
        if (ArrayBuffer.isView(r.value) && (buf = toUint8Array(r.value))) {
          size != null && bm && (size = size - buf.byteLength + 1);
          r.value = buf;
        }
        controller.enqueue(r.value);
        if (size != null && --size <= 0) {
          return;
        }
      }
      controller.close();
    });
  }
}
var init_iterable2 = __esm({
  "node_modules/apache-arrow/io/whatwg/iterable.mjs"() {
    init_tslib_es6();
    init_buffer();
    init_compat();
  }
});

// node_modules/apache-arrow/io/whatwg/builder.mjs
function builderThroughDOMStream(options2) {
  return new BuilderTransform(options2);
}
var BuilderTransform, chunkLength, chunkByteLength;
var init_builder3 = __esm({
  "node_modules/apache-arrow/io/whatwg/builder.mjs"() {
    init_tslib_es6();
    init_factories();
    BuilderTransform = class {
      constructor(options2) {
        this._numChunks = 0;
        this._finished = false;
        this._bufferedSize = 0;
        const { ["readableStrategy"]: readableStrategy, ["writableStrategy"]: writableStrategy, ["queueingStrategy"]: queueingStrategy = "count" } = options2, builderOptions = __rest(options2, ["readableStrategy", "writableStrategy", "queueingStrategy"]);
        this._controller = null;
        this._builder = makeBuilder(builderOptions);
        this._getSize = queueingStrategy !== "bytes" ? chunkLength : chunkByteLength;
        const { ["highWaterMark"]: readableHighWaterMark = queueingStrategy === "bytes" ? Math.pow(2, 14) : 1e3 } = Object.assign({}, readableStrategy);
        const { ["highWaterMark"]: writableHighWaterMark = queueingStrategy === "bytes" ? Math.pow(2, 14) : 1e3 } = Object.assign({}, writableStrategy);
        this["readable"] = new ReadableStream({
          ["cancel"]: () => {
            this._builder.clear();
          },
          ["pull"]: (c) => {
            this._maybeFlush(this._builder, this._controller = c);
          },
          ["start"]: (c) => {
            this._maybeFlush(this._builder, this._controller = c);
          }
        }, {
          "highWaterMark": readableHighWaterMark,
          "size": queueingStrategy !== "bytes" ? chunkLength : chunkByteLength
        });
        this["writable"] = new WritableStream({
          ["abort"]: () => {
            this._builder.clear();
          },
          ["write"]: () => {
            this._maybeFlush(this._builder, this._controller);
          },
          ["close"]: () => {
            this._maybeFlush(this._builder.finish(), this._controller);
          }
        }, {
          "highWaterMark": writableHighWaterMark,
          "size": (value) => this._writeValueAndReturnChunkSize(value)
        });
      }
      _writeValueAndReturnChunkSize(value) {
        const bufferedSize = this._bufferedSize;
        this._bufferedSize = this._getSize(this._builder.append(value));
        return this._bufferedSize - bufferedSize;
      }
      _maybeFlush(builder, controller) {
        if (controller == null) {
          return;
        }
        if (this._bufferedSize >= controller.desiredSize) {
          ++this._numChunks && this._enqueue(controller, builder.toVector());
        }
        if (builder.finished) {
          if (builder.length > 0 || this._numChunks === 0) {
            ++this._numChunks && this._enqueue(controller, builder.toVector());
          }
          if (!this._finished && (this._finished = true)) {
            this._enqueue(controller, null);
          }
        }
      }
      _enqueue(controller, chunk) {
        this._bufferedSize = 0;
        this._controller = null;
        chunk == null ? controller.close() : controller.enqueue(chunk);
      }
    };
    chunkLength = (chunk) => {
      var _a5;
      return (_a5 = chunk === null || chunk === void 0 ? void 0 : chunk.length) !== null && _a5 !== void 0 ? _a5 : 0;
    };
    chunkByteLength = (chunk) => {
      var _a5;
      return (_a5 = chunk === null || chunk === void 0 ? void 0 : chunk.byteLength) !== null && _a5 !== void 0 ? _a5 : 0;
    };
  }
});

// node_modules/apache-arrow/io/whatwg/reader.mjs
function recordBatchReaderThroughDOMStream(writableStrategy, readableStrategy) {
  const queue = new AsyncByteQueue();
  let reader = null;
  const readable = new ReadableStream({
    cancel() {
      return __awaiter(this, void 0, void 0, function* () {
        yield queue.close();
      });
    },
    start(controller) {
      return __awaiter(this, void 0, void 0, function* () {
        yield next(controller, reader || (reader = yield open()));
      });
    },
    pull(controller) {
      return __awaiter(this, void 0, void 0, function* () {
        reader ? yield next(controller, reader) : controller.close();
      });
    }
  });
  return { writable: new WritableStream(queue, Object.assign({ "highWaterMark": Math.pow(2, 14) }, writableStrategy)), readable };
  function open() {
    return __awaiter(this, void 0, void 0, function* () {
      return yield (yield RecordBatchReader.from(queue)).open(readableStrategy);
    });
  }
  function next(controller, reader2) {
    return __awaiter(this, void 0, void 0, function* () {
      let size = controller.desiredSize;
      let r = null;
      while (!(r = yield reader2.next()).done) {
        controller.enqueue(r.value);
        if (size != null && --size <= 0) {
          return;
        }
      }
      controller.close();
    });
  }
}
var init_reader3 = __esm({
  "node_modules/apache-arrow/io/whatwg/reader.mjs"() {
    init_tslib_es6();
    init_stream();
    init_reader();
  }
});

// node_modules/apache-arrow/io/whatwg/writer.mjs
function recordBatchWriterThroughDOMStream(writableStrategy, readableStrategy) {
  const writer = new this(writableStrategy);
  const reader = new AsyncByteStream(writer);
  const readable = new ReadableStream({
    // type: 'bytes',
    cancel() {
      return __awaiter(this, void 0, void 0, function* () {
        yield reader.cancel();
      });
    },
    pull(controller) {
      return __awaiter(this, void 0, void 0, function* () {
        yield next(controller);
      });
    },
    start(controller) {
      return __awaiter(this, void 0, void 0, function* () {
        yield next(controller);
      });
    }
  }, Object.assign({ "highWaterMark": Math.pow(2, 14) }, readableStrategy));
  return { writable: new WritableStream(writer, writableStrategy), readable };
  function next(controller) {
    return __awaiter(this, void 0, void 0, function* () {
      let buf = null;
      let size = controller.desiredSize;
      while (buf = yield reader.read(size || null)) {
        controller.enqueue(buf);
        if (size != null && (size -= buf.byteLength) <= 0) {
          return;
        }
      }
      controller.close();
    });
  }
}
var init_writer3 = __esm({
  "node_modules/apache-arrow/io/whatwg/writer.mjs"() {
    init_tslib_es6();
    init_stream();
  }
});

// node_modules/apache-arrow/ipc/serialization.mjs
function tableFromIPC(input) {
  const reader = RecordBatchReader.from(input);
  if (isPromise(reader)) {
    return reader.then((reader2) => tableFromIPC(reader2));
  }
  if (reader.isAsync()) {
    return reader.readAll().then((xs) => new Table(xs));
  }
  return new Table(reader.readAll());
}
function tableToIPC(table, type = "stream", compressionType = null) {
  const writerOptions = { compressionType };
  return (type === "stream" ? RecordBatchStreamWriter : RecordBatchFileWriter).writeAll(table, writerOptions).toUint8Array(true);
}
var init_serialization = __esm({
  "node_modules/apache-arrow/ipc/serialization.mjs"() {
    init_table();
    init_compat();
    init_reader();
    init_writer();
  }
});

// node_modules/apache-arrow/util/typecheck.mjs
var typecheck_exports = {};
__export(typecheck_exports, {
  isArrowData: () => isArrowData,
  isArrowDataType: () => isArrowDataType,
  isArrowField: () => isArrowField,
  isArrowRecordBatch: () => isArrowRecordBatch,
  isArrowSchema: () => isArrowSchema,
  isArrowTable: () => isArrowTable,
  isArrowVector: () => isArrowVector
});
function isArrowSchema(x) {
  return Schema2.isSchema(x);
}
function isArrowField(x) {
  return Field2.isField(x);
}
function isArrowDataType(x) {
  return DataType.isDataType(x);
}
function isArrowData(x) {
  return Data.isData(x);
}
function isArrowVector(x) {
  return Vector.isVector(x);
}
function isArrowRecordBatch(x) {
  return RecordBatch3.isRecordBatch(x);
}
function isArrowTable(x) {
  return Table.isTable(x);
}
var init_typecheck = __esm({
  "node_modules/apache-arrow/util/typecheck.mjs"() {
    init_schema2();
    init_type2();
    init_data();
    init_vector2();
    init_recordbatch2();
    init_table();
  }
});

// node_modules/apache-arrow/Arrow.mjs
var util;
var init_Arrow = __esm({
  "node_modules/apache-arrow/Arrow.mjs"() {
    init_message_header();
    init_compression_type();
    init_enum();
    init_data();
    init_type2();
    init_table();
    init_vector2();
    init_visitor();
    init_schema2();
    init_map2();
    init_struct2();
    init_builder();
    init_factories();
    init_bool2();
    init_null2();
    init_date2();
    init_decimal2();
    init_dictionary();
    init_fixedsizebinary();
    init_float();
    init_int3();
    init_time2();
    init_timestamp2();
    init_interval3();
    init_duration2();
    init_utf83();
    init_utf8view();
    init_largeutf8();
    init_binary2();
    init_binaryview();
    init_largebinary();
    init_list2();
    init_largelist();
    init_fixedsizelist();
    init_map3();
    init_struct3();
    init_union2();
    init_stream();
    init_reader();
    init_writer();
    init_serialization();
    init_registry();
    init_message3();
    init_message2();
    init_recordbatch2();
    init_typecheck();
    init_bn();
    init_int2();
    init_bit();
    init_math();
    init_buffer();
    init_vector();
    init_pretty();
    init_interval2();
    init_typecheck();
    init_typecomparator();
    util = Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign({}, bn_exports), int_exports), bit_exports), math_exports), buffer_exports), vector_exports), pretty_exports), interval_exports), typecheck_exports), {
      compareSchemas,
      compareFields,
      compareTypes
    });
  }
});

// node_modules/apache-arrow/Arrow.dom.mjs
var init_Arrow_dom = __esm({
  "node_modules/apache-arrow/Arrow.dom.mjs"() {
    init_adapters();
    init_builder();
    init_reader();
    init_writer();
    init_iterable2();
    init_builder3();
    init_reader3();
    init_writer3();
    init_Arrow();
    init_Arrow();
    adapters_default.toDOMStream = toDOMStream;
    Builder["throughDOM"] = builderThroughDOMStream;
    RecordBatchReader["throughDOM"] = recordBatchReaderThroughDOMStream;
    RecordBatchFileReader["throughDOM"] = recordBatchReaderThroughDOMStream;
    RecordBatchStreamReader["throughDOM"] = recordBatchReaderThroughDOMStream;
    RecordBatchWriter["throughDOM"] = recordBatchWriterThroughDOMStream;
    RecordBatchFileWriter["throughDOM"] = recordBatchWriterThroughDOMStream;
    RecordBatchStreamWriter["throughDOM"] = recordBatchWriterThroughDOMStream;
  }
});

// node_modules/apache-arrow/Arrow.node.mjs
var Arrow_node_exports = {};
__export(Arrow_node_exports, {
  AsyncByteQueue: () => AsyncByteQueue,
  AsyncByteStream: () => AsyncByteStream,
  AsyncMessageReader: () => AsyncMessageReader,
  AsyncRecordBatchFileReader: () => AsyncRecordBatchFileReader,
  AsyncRecordBatchStreamReader: () => AsyncRecordBatchStreamReader,
  Binary: () => Binary2,
  BinaryBuilder: () => BinaryBuilder,
  BinaryView: () => BinaryView2,
  BinaryViewBuilder: () => BinaryViewBuilder,
  Bool: () => Bool2,
  BoolBuilder: () => BoolBuilder,
  BufferType: () => BufferType,
  Builder: () => Builder,
  ByteStream: () => ByteStream,
  CompressionType: () => CompressionType,
  Data: () => Data,
  DataType: () => DataType,
  DateBuilder: () => DateBuilder,
  DateDay: () => DateDay,
  DateDayBuilder: () => DateDayBuilder,
  DateMillisecond: () => DateMillisecond,
  DateMillisecondBuilder: () => DateMillisecondBuilder,
  DateUnit: () => DateUnit,
  Date_: () => Date_,
  Decimal: () => Decimal2,
  DecimalBuilder: () => DecimalBuilder,
  DenseUnion: () => DenseUnion,
  DenseUnionBuilder: () => DenseUnionBuilder,
  Dictionary: () => Dictionary,
  DictionaryBuilder: () => DictionaryBuilder,
  Duration: () => Duration2,
  DurationBuilder: () => DurationBuilder,
  DurationMicrosecond: () => DurationMicrosecond,
  DurationMicrosecondBuilder: () => DurationMicrosecondBuilder,
  DurationMillisecond: () => DurationMillisecond,
  DurationMillisecondBuilder: () => DurationMillisecondBuilder,
  DurationNanosecond: () => DurationNanosecond,
  DurationNanosecondBuilder: () => DurationNanosecondBuilder,
  DurationSecond: () => DurationSecond,
  DurationSecondBuilder: () => DurationSecondBuilder,
  Field: () => Field2,
  FixedSizeBinary: () => FixedSizeBinary2,
  FixedSizeBinaryBuilder: () => FixedSizeBinaryBuilder,
  FixedSizeList: () => FixedSizeList2,
  FixedSizeListBuilder: () => FixedSizeListBuilder,
  Float: () => Float,
  Float16: () => Float16,
  Float16Builder: () => Float16Builder,
  Float32: () => Float32,
  Float32Builder: () => Float32Builder,
  Float64: () => Float64,
  Float64Builder: () => Float64Builder,
  FloatBuilder: () => FloatBuilder,
  Int: () => Int_,
  Int16: () => Int16,
  Int16Builder: () => Int16Builder,
  Int32: () => Int32,
  Int32Builder: () => Int32Builder,
  Int64: () => Int64,
  Int64Builder: () => Int64Builder,
  Int8: () => Int8,
  Int8Builder: () => Int8Builder,
  IntBuilder: () => IntBuilder,
  Interval: () => Interval_,
  IntervalBuilder: () => IntervalBuilder,
  IntervalDayTime: () => IntervalDayTime,
  IntervalDayTimeBuilder: () => IntervalDayTimeBuilder,
  IntervalMonthDayNano: () => IntervalMonthDayNano,
  IntervalMonthDayNanoBuilder: () => IntervalMonthDayNanoBuilder,
  IntervalUnit: () => IntervalUnit,
  IntervalYearMonth: () => IntervalYearMonth,
  IntervalYearMonthBuilder: () => IntervalYearMonthBuilder,
  JSONMessageReader: () => JSONMessageReader,
  LargeBinary: () => LargeBinary2,
  LargeBinaryBuilder: () => LargeBinaryBuilder,
  LargeList: () => LargeList2,
  LargeListBuilder: () => LargeListBuilder,
  LargeUtf8: () => LargeUtf82,
  LargeUtf8Builder: () => LargeUtf8Builder,
  List: () => List2,
  ListBuilder: () => ListBuilder,
  MapBuilder: () => MapBuilder,
  MapRow: () => MapRow,
  Map_: () => Map_,
  Message: () => Message2,
  MessageHeader: () => MessageHeader,
  MessageReader: () => MessageReader,
  MetadataVersion: () => MetadataVersion,
  Null: () => Null2,
  NullBuilder: () => NullBuilder,
  Precision: () => Precision,
  RecordBatch: () => RecordBatch3,
  RecordBatchFileReader: () => RecordBatchFileReader,
  RecordBatchFileWriter: () => RecordBatchFileWriter,
  RecordBatchJSONWriter: () => RecordBatchJSONWriter,
  RecordBatchReader: () => RecordBatchReader,
  RecordBatchStreamReader: () => RecordBatchStreamReader,
  RecordBatchStreamWriter: () => RecordBatchStreamWriter,
  RecordBatchWriter: () => RecordBatchWriter,
  Schema: () => Schema2,
  SparseUnion: () => SparseUnion,
  SparseUnionBuilder: () => SparseUnionBuilder,
  Struct: () => Struct,
  StructBuilder: () => StructBuilder,
  StructRow: () => StructRow,
  Table: () => Table,
  Time: () => Time_,
  TimeBuilder: () => TimeBuilder,
  TimeMicrosecond: () => TimeMicrosecond,
  TimeMicrosecondBuilder: () => TimeMicrosecondBuilder,
  TimeMillisecond: () => TimeMillisecond,
  TimeMillisecondBuilder: () => TimeMillisecondBuilder,
  TimeNanosecond: () => TimeNanosecond,
  TimeNanosecondBuilder: () => TimeNanosecondBuilder,
  TimeSecond: () => TimeSecond,
  TimeSecondBuilder: () => TimeSecondBuilder,
  TimeUnit: () => TimeUnit,
  Timestamp: () => Timestamp_,
  TimestampBuilder: () => TimestampBuilder,
  TimestampMicrosecond: () => TimestampMicrosecond,
  TimestampMicrosecondBuilder: () => TimestampMicrosecondBuilder,
  TimestampMillisecond: () => TimestampMillisecond,
  TimestampMillisecondBuilder: () => TimestampMillisecondBuilder,
  TimestampNanosecond: () => TimestampNanosecond,
  TimestampNanosecondBuilder: () => TimestampNanosecondBuilder,
  TimestampSecond: () => TimestampSecond,
  TimestampSecondBuilder: () => TimestampSecondBuilder,
  Type: () => Type2,
  Uint16: () => Uint16,
  Uint16Builder: () => Uint16Builder,
  Uint32: () => Uint32,
  Uint32Builder: () => Uint32Builder,
  Uint64: () => Uint64,
  Uint64Builder: () => Uint64Builder,
  Uint8: () => Uint8,
  Uint8Builder: () => Uint8Builder,
  Union: () => Union_,
  UnionBuilder: () => UnionBuilder,
  UnionMode: () => UnionMode,
  Utf8: () => Utf82,
  Utf8Builder: () => Utf8Builder,
  Utf8View: () => Utf8View2,
  Utf8ViewBuilder: () => Utf8ViewBuilder,
  Vector: () => Vector,
  Visitor: () => Visitor,
  builderThroughAsyncIterable: () => builderThroughAsyncIterable,
  builderThroughIterable: () => builderThroughIterable,
  compressionRegistry: () => compressionRegistry,
  isArrowData: () => isArrowData,
  isArrowDataType: () => isArrowDataType,
  isArrowField: () => isArrowField,
  isArrowRecordBatch: () => isArrowRecordBatch,
  isArrowSchema: () => isArrowSchema,
  isArrowTable: () => isArrowTable,
  isArrowVector: () => isArrowVector,
  makeBuilder: () => makeBuilder,
  makeData: () => makeData,
  makeTable: () => makeTable,
  makeVector: () => makeVector,
  tableFromArrays: () => tableFromArrays,
  tableFromIPC: () => tableFromIPC,
  tableFromJSON: () => tableFromJSON,
  tableToIPC: () => tableToIPC,
  util: () => util,
  vectorFromArray: () => vectorFromArray
});
var init_Arrow_node = __esm({
  "node_modules/apache-arrow/Arrow.node.mjs"() {
    init_adapters();
    init_builder();
    init_reader();
    init_writer();
    init_iterable();
    init_builder2();
    init_reader2();
    init_writer2();
    init_Arrow_dom();
    adapters_default.toNodeStream = toNodeStream;
    Builder["throughNode"] = builderThroughNodeStream;
    RecordBatchReader["throughNode"] = recordBatchReaderThroughNodeStream;
    RecordBatchWriter["throughNode"] = recordBatchWriterThroughNodeStream;
  }
});

// node_modules/parquet-wasm/node/parquet_wasm.js
var require_parquet_wasm = __commonJS({
  "node_modules/parquet-wasm/node/parquet_wasm.js"(exports) {
    var ColumnChunkMetaData = class _ColumnChunkMetaData {
      static __wrap(ptr) {
        const obj = Object.create(_ColumnChunkMetaData.prototype);
        obj.__wbg_ptr = ptr;
        ColumnChunkMetaDataFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        ColumnChunkMetaDataFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_columnchunkmetadata_free(ptr, 0);
      }
      /**
       * Path (or identifier) of this column.
       * @returns {string[]}
       */
      columnPath() {
        const ret = wasm.columnchunkmetadata_columnPath(this.__wbg_ptr);
        var v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
        wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
        return v1;
      }
      /**
       * Returns the total compressed data size of this column chunk.
       * @returns {number}
       */
      compressedSize() {
        const ret = wasm.columnchunkmetadata_compressedSize(this.__wbg_ptr);
        return ret;
      }
      /**
       * Compression for this column.
       * @returns {Compression}
       */
      compression() {
        const ret = wasm.columnchunkmetadata_compression(this.__wbg_ptr);
        return ret;
      }
      /**
       * All encodings used for this column.
       * @returns {Encoding[]}
       */
      encodings() {
        const ret = wasm.columnchunkmetadata_encodings(this.__wbg_ptr);
        var v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
        wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
        return v1;
      }
      /**
       * Byte offset in `file_path()`.
       * @returns {bigint}
       */
      fileOffset() {
        const ret = wasm.columnchunkmetadata_fileOffset(this.__wbg_ptr);
        return ret;
      }
      /**
       * File where the column chunk is stored.
       *
       * If not set, assumed to belong to the same file as the metadata.
       * This path is relative to the current file.
       * @returns {string | undefined}
       */
      filePath() {
        const ret = wasm.columnchunkmetadata_filePath(this.__wbg_ptr);
        let v1;
        if (ret[0] !== 0) {
          v1 = getStringFromWasm0(ret[0], ret[1]);
          wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
        }
        return v1;
      }
      /**
       * Total number of values in this column chunk.
       * @returns {number}
       */
      numValues() {
        const ret = wasm.columnchunkmetadata_numValues(this.__wbg_ptr);
        return ret;
      }
      /**
       * Returns the total uncompressed data size of this column chunk.
       * @returns {number}
       */
      uncompressedSize() {
        const ret = wasm.columnchunkmetadata_uncompressedSize(this.__wbg_ptr);
        return ret;
      }
    };
    if (Symbol.dispose) ColumnChunkMetaData.prototype[Symbol.dispose] = ColumnChunkMetaData.prototype.free;
    exports.ColumnChunkMetaData = ColumnChunkMetaData;
    var Compression = Object.freeze({
      UNCOMPRESSED: 0,
      "0": "UNCOMPRESSED",
      SNAPPY: 1,
      "1": "SNAPPY",
      GZIP: 2,
      "2": "GZIP",
      BROTLI: 3,
      "3": "BROTLI",
      /**
       * @deprecated as of Parquet 2.9.0.
       * Switch to LZ4_RAW
       */
      LZ4: 4,
      "4": "LZ4",
      ZSTD: 5,
      "5": "ZSTD",
      LZ4_RAW: 6,
      "6": "LZ4_RAW",
      LZO: 7,
      "7": "LZO"
    });
    exports.Compression = Compression;
    var EnabledStatistics = Object.freeze({
      /**
       * Compute no statistics
       */
      None: 0,
      "0": "None",
      /**
       * Compute chunk-level statistics but not page-level
       */
      Chunk: 1,
      "1": "Chunk",
      /**
       * Compute page-level and chunk-level statistics
       */
      Page: 2,
      "2": "Page"
    });
    exports.EnabledStatistics = EnabledStatistics;
    var Encoding = Object.freeze({
      /**
       * Default byte encoding.
       * - BOOLEAN - 1 bit per value, 0 is false; 1 is true.
       * - INT32 - 4 bytes per value, stored as little-endian.
       * - INT64 - 8 bytes per value, stored as little-endian.
       * - FLOAT - 4 bytes per value, stored as little-endian.
       * - DOUBLE - 8 bytes per value, stored as little-endian.
       * - BYTE_ARRAY - 4 byte length stored as little endian, followed by bytes.
       * - FIXED_LEN_BYTE_ARRAY - just the bytes are stored.
       */
      PLAIN: 0,
      "0": "PLAIN",
      /**
       * **Deprecated** dictionary encoding.
       *
       * The values in the dictionary are encoded using PLAIN encoding.
       * Since it is deprecated, RLE_DICTIONARY encoding is used for a data page, and
       * PLAIN encoding is used for dictionary page.
       */
      PLAIN_DICTIONARY: 1,
      "1": "PLAIN_DICTIONARY",
      /**
       * Group packed run length encoding.
       *
       * Usable for definition/repetition levels encoding and boolean values.
       */
      RLE: 2,
      "2": "RLE",
      /**
       * Bit packed encoding.
       *
       * This can only be used if the data has a known max width.
       * Usable for definition/repetition levels encoding.
       */
      BIT_PACKED: 3,
      "3": "BIT_PACKED",
      /**
       * Delta encoding for integers, either INT32 or INT64.
       *
       * Works best on sorted data.
       */
      DELTA_BINARY_PACKED: 4,
      "4": "DELTA_BINARY_PACKED",
      /**
       * Encoding for byte arrays to separate the length values and the data.
       *
       * The lengths are encoded using DELTA_BINARY_PACKED encoding.
       */
      DELTA_LENGTH_BYTE_ARRAY: 5,
      "5": "DELTA_LENGTH_BYTE_ARRAY",
      /**
       * Incremental encoding for byte arrays.
       *
       * Prefix lengths are encoded using DELTA_BINARY_PACKED encoding.
       * Suffixes are stored using DELTA_LENGTH_BYTE_ARRAY encoding.
       */
      DELTA_BYTE_ARRAY: 6,
      "6": "DELTA_BYTE_ARRAY",
      /**
       * Dictionary encoding.
       *
       * The ids are encoded using the RLE encoding.
       */
      RLE_DICTIONARY: 7,
      "7": "RLE_DICTIONARY",
      /**
       * Encoding for floating-point data.
       *
       * K byte-streams are created where K is the size in bytes of the data type.
       * The individual bytes of an FP value are scattered to the corresponding stream and
       * the streams are concatenated.
       * This itself does not reduce the size of the data but can lead to better compression
       * afterwards.
       */
      BYTE_STREAM_SPLIT: 8,
      "8": "BYTE_STREAM_SPLIT"
    });
    exports.Encoding = Encoding;
    var FFIData = class _FFIData {
      static __wrap(ptr) {
        const obj = Object.create(_FFIData.prototype);
        obj.__wbg_ptr = ptr;
        FFIDataFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        FFIDataFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_ffidata_free(ptr, 0);
      }
      /**
       * Access the pointer to the
       * [`ArrowArray`](https://arrow.apache.org/docs/format/CDataInterface.html#structure-definitions)
       * struct. This can be viewed or copied (without serialization) to an Arrow JS `RecordBatch` by
       * using [`arrow-js-ffi`](https://github.com/kylebarron/arrow-js-ffi). You can access the
       * [`WebAssembly.Memory`](https://developer.mozilla.org/en-US/docs/WebAssembly/JavaScript_interface/Memory)
       * instance by using {@linkcode wasmMemory}.
       *
       * **Example**:
       *
       * ```ts
       * import { parseRecordBatch } from "arrow-js-ffi";
       *
       * const wasmRecordBatch: FFIRecordBatch = ...
       * const wasmMemory: WebAssembly.Memory = wasmMemory();
       *
       * // Pass `true` to copy arrays across the boundary instead of creating views.
       * const jsRecordBatch = parseRecordBatch(
       *   wasmMemory.buffer,
       *   wasmRecordBatch.arrayAddr(),
       *   wasmRecordBatch.schemaAddr(),
       *   true
       * );
       * ```
       * @returns {number}
       */
      arrayAddr() {
        const ret = wasm.ffidata_arrayAddr(this.__wbg_ptr);
        return ret >>> 0;
      }
      /**
       * Access the pointer to the
       * [`ArrowSchema`](https://arrow.apache.org/docs/format/CDataInterface.html#structure-definitions)
       * struct. This can be viewed or copied (without serialization) to an Arrow JS `Field` by
       * using [`arrow-js-ffi`](https://github.com/kylebarron/arrow-js-ffi). You can access the
       * [`WebAssembly.Memory`](https://developer.mozilla.org/en-US/docs/WebAssembly/JavaScript_interface/Memory)
       * instance by using {@linkcode wasmMemory}.
       *
       * **Example**:
       *
       * ```ts
       * import { parseRecordBatch } from "arrow-js-ffi";
       *
       * const wasmRecordBatch: FFIRecordBatch = ...
       * const wasmMemory: WebAssembly.Memory = wasmMemory();
       *
       * // Pass `true` to copy arrays across the boundary instead of creating views.
       * const jsRecordBatch = parseRecordBatch(
       *   wasmMemory.buffer,
       *   wasmRecordBatch.arrayAddr(),
       *   wasmRecordBatch.schemaAddr(),
       *   true
       * );
       * ```
       * @returns {number}
       */
      schemaAddr() {
        const ret = wasm.ffidata_schemaAddr(this.__wbg_ptr);
        return ret >>> 0;
      }
    };
    if (Symbol.dispose) FFIData.prototype[Symbol.dispose] = FFIData.prototype.free;
    exports.FFIData = FFIData;
    var FFISchema = class _FFISchema {
      static __wrap(ptr) {
        const obj = Object.create(_FFISchema.prototype);
        obj.__wbg_ptr = ptr;
        FFISchemaFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        FFISchemaFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_ffischema_free(ptr, 0);
      }
      /**
       * Access the pointer to the
       * [`ArrowSchema`](https://arrow.apache.org/docs/format/CDataInterface.html#structure-definitions)
       * struct. This can be viewed or copied (without serialization) to an Arrow JS `Field` by
       * using [`arrow-js-ffi`](https://github.com/kylebarron/arrow-js-ffi). You can access the
       * [`WebAssembly.Memory`](https://developer.mozilla.org/en-US/docs/WebAssembly/JavaScript_interface/Memory)
       * instance by using {@linkcode wasmMemory}.
       *
       * **Example**:
       *
       * ```ts
       * import { parseRecordBatch } from "arrow-js-ffi";
       *
       * const wasmRecordBatch: FFIRecordBatch = ...
       * const wasmMemory: WebAssembly.Memory = wasmMemory();
       *
       * // Pass `true` to copy arrays across the boundary instead of creating views.
       * const jsRecordBatch = parseRecordBatch(
       *   wasmMemory.buffer,
       *   wasmRecordBatch.arrayAddr(),
       *   wasmRecordBatch.schemaAddr(),
       *   true
       * );
       * ```
       * @returns {number}
       */
      addr() {
        const ret = wasm.ffischema_addr(this.__wbg_ptr);
        return ret >>> 0;
      }
    };
    if (Symbol.dispose) FFISchema.prototype[Symbol.dispose] = FFISchema.prototype.free;
    exports.FFISchema = FFISchema;
    var FFIStream = class _FFIStream {
      static __wrap(ptr) {
        const obj = Object.create(_FFIStream.prototype);
        obj.__wbg_ptr = ptr;
        FFIStreamFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        FFIStreamFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_ffistream_free(ptr, 0);
      }
      /**
       * Get the pointer to one ArrowArray FFI struct for a given chunk index and column index
       *
       * Access the pointer to one
       * [`ArrowArray`](https://arrow.apache.org/docs/format/CDataInterface.html#structure-definitions)
       * struct representing one of the internal `RecordBatch`es. This can be viewed or copied (without serialization) to an Arrow JS `RecordBatch` by
       * using [`arrow-js-ffi`](https://github.com/kylebarron/arrow-js-ffi). You can access the
       * [`WebAssembly.Memory`](https://developer.mozilla.org/en-US/docs/WebAssembly/JavaScript_interface/Memory)
       * instance by using {@linkcode wasmMemory}.
       *
       * **Example**:
       *
       * ```ts
       * import * as arrow from "apache-arrow";
       * import { parseRecordBatch } from "arrow-js-ffi";
       *
       * const wasmTable: FFITable = ...
       * const wasmMemory: WebAssembly.Memory = wasmMemory();
       *
       * const jsBatches: arrow.RecordBatch[] = []
       * for (let i = 0; i < wasmTable.numBatches(); i++) {
       *   // Pass `true` to copy arrays across the boundary instead of creating views.
       *   const jsRecordBatch = parseRecordBatch(
       *     wasmMemory.buffer,
       *     wasmTable.arrayAddr(i),
       *     wasmTable.schemaAddr(),
       *     true
       *   );
       *   jsBatches.push(jsRecordBatch);
       * }
       * const jsTable = new arrow.Table(jsBatches);
       * ```
       *
       * @param chunk number The chunk index to use
       * @returns number pointer to an ArrowArray FFI struct in Wasm memory
       * @param {number} chunk
       * @returns {number}
       */
      arrayAddr(chunk) {
        const ret = wasm.ffistream_arrayAddr(this.__wbg_ptr, chunk);
        return ret >>> 0;
      }
      /**
       * @returns {Uint32Array}
       */
      arrayAddrs() {
        const ret = wasm.ffistream_arrayAddrs(this.__wbg_ptr);
        var v1 = getArrayU32FromWasm0(ret[0], ret[1]).slice();
        wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
        return v1;
      }
      drop() {
        const ptr = this.__destroy_into_raw();
        wasm.ffistream_drop(ptr);
      }
      /**
       * Get the total number of elements in this stream
       * @returns {number}
       */
      numArrays() {
        const ret = wasm.ffistream_numArrays(this.__wbg_ptr);
        return ret >>> 0;
      }
      /**
       * Get the pointer to the ArrowSchema FFI struct
       * @returns {number}
       */
      schemaAddr() {
        const ret = wasm.ffistream_schemaAddr(this.__wbg_ptr);
        return ret >>> 0;
      }
    };
    if (Symbol.dispose) FFIStream.prototype[Symbol.dispose] = FFIStream.prototype.free;
    exports.FFIStream = FFIStream;
    var FileMetaData = class _FileMetaData {
      static __wrap(ptr) {
        const obj = Object.create(_FileMetaData.prototype);
        obj.__wbg_ptr = ptr;
        FileMetaDataFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        FileMetaDataFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_filemetadata_free(ptr, 0);
      }
      /**
       * String message for application that wrote this file.
       *
       * This should have the following format:
       * `<application> version <application version> (build <application build hash>)`.
       *
       * ```shell
       * parquet-mr version 1.8.0 (build 0fda28af84b9746396014ad6a415b90592a98b3b)
       * ```
       * @returns {string | undefined}
       */
      createdBy() {
        const ret = wasm.filemetadata_createdBy(this.__wbg_ptr);
        let v1;
        if (ret[0] !== 0) {
          v1 = getStringFromWasm0(ret[0], ret[1]);
          wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
        }
        return v1;
      }
      /**
       * Returns key_value_metadata of this file.
       * @returns {Map<any, any>}
       */
      keyValueMetadata() {
        const ret = wasm.filemetadata_keyValueMetadata(this.__wbg_ptr);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
      }
      /**
       * Returns number of rows in the file.
       * @returns {number}
       */
      numRows() {
        const ret = wasm.filemetadata_numRows(this.__wbg_ptr);
        return ret;
      }
      /**
       * Returns version of this file.
       * @returns {number}
       */
      version() {
        const ret = wasm.filemetadata_version(this.__wbg_ptr);
        return ret;
      }
    };
    if (Symbol.dispose) FileMetaData.prototype[Symbol.dispose] = FileMetaData.prototype.free;
    exports.FileMetaData = FileMetaData;
    var IntoUnderlyingByteSource = class {
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        IntoUnderlyingByteSourceFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_intounderlyingbytesource_free(ptr, 0);
      }
      /**
       * @returns {number}
       */
      get autoAllocateChunkSize() {
        const ret = wasm.intounderlyingbytesource_autoAllocateChunkSize(this.__wbg_ptr);
        return ret >>> 0;
      }
      cancel() {
        const ptr = this.__destroy_into_raw();
        wasm.intounderlyingbytesource_cancel(ptr);
      }
      /**
       * @param {ReadableByteStreamController} controller
       * @returns {Promise<any>}
       */
      pull(controller) {
        const ret = wasm.intounderlyingbytesource_pull(this.__wbg_ptr, controller);
        return ret;
      }
      /**
       * @param {ReadableByteStreamController} controller
       */
      start(controller) {
        wasm.intounderlyingbytesource_start(this.__wbg_ptr, controller);
      }
      /**
       * @returns {ReadableStreamType}
       */
      get type() {
        const ret = wasm.intounderlyingbytesource_type(this.__wbg_ptr);
        return __wbindgen_enum_ReadableStreamType[ret];
      }
    };
    if (Symbol.dispose) IntoUnderlyingByteSource.prototype[Symbol.dispose] = IntoUnderlyingByteSource.prototype.free;
    exports.IntoUnderlyingByteSource = IntoUnderlyingByteSource;
    var IntoUnderlyingSink = class {
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        IntoUnderlyingSinkFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_intounderlyingsink_free(ptr, 0);
      }
      /**
       * @param {any} reason
       * @returns {Promise<any>}
       */
      abort(reason) {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.intounderlyingsink_abort(ptr, reason);
        return ret;
      }
      /**
       * @returns {Promise<any>}
       */
      close() {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.intounderlyingsink_close(ptr);
        return ret;
      }
      /**
       * @param {any} chunk
       * @returns {Promise<any>}
       */
      write(chunk) {
        const ret = wasm.intounderlyingsink_write(this.__wbg_ptr, chunk);
        return ret;
      }
    };
    if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;
    exports.IntoUnderlyingSink = IntoUnderlyingSink;
    var IntoUnderlyingSource = class _IntoUnderlyingSource {
      static __wrap(ptr) {
        const obj = Object.create(_IntoUnderlyingSource.prototype);
        obj.__wbg_ptr = ptr;
        IntoUnderlyingSourceFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        IntoUnderlyingSourceFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_intounderlyingsource_free(ptr, 0);
      }
      cancel() {
        const ptr = this.__destroy_into_raw();
        wasm.intounderlyingsource_cancel(ptr);
      }
      /**
       * @param {ReadableStreamDefaultController} controller
       * @returns {Promise<any>}
       */
      pull(controller) {
        const ret = wasm.intounderlyingsource_pull(this.__wbg_ptr, controller);
        return ret;
      }
    };
    if (Symbol.dispose) IntoUnderlyingSource.prototype[Symbol.dispose] = IntoUnderlyingSource.prototype.free;
    exports.IntoUnderlyingSource = IntoUnderlyingSource;
    var ParquetFile = class _ParquetFile {
      static __wrap(ptr) {
        const obj = Object.create(_ParquetFile.prototype);
        obj.__wbg_ptr = ptr;
        ParquetFileFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        ParquetFileFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_parquetfile_free(ptr, 0);
      }
      /**
       * Construct a ParquetFile from a new [Blob] or [File] handle.
       *
       * [Blob]: https://developer.mozilla.org/en-US/docs/Web/API/Blob
       * [File]: https://developer.mozilla.org/en-US/docs/Web/API/File
       *
       * Safety: Do not use this in a multi-threaded environment,
       * (transitively depends on `!Send` `web_sys::Blob`)
       * @param {Blob} handle
       * @returns {Promise<ParquetFile>}
       */
      static fromFile(handle2) {
        const ret = wasm.parquetfile_fromFile(handle2);
        return ret;
      }
      /**
       * Construct a ParquetFile from a new URL.
       * @param {string} url
       * @returns {Promise<ParquetFile>}
       */
      static fromUrl(url) {
        const ptr0 = passStringToWasm0(url, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.parquetfile_fromUrl(ptr0, len0);
        return ret;
      }
      /**
       * @returns {ParquetMetaData}
       */
      metadata() {
        const ret = wasm.parquetfile_metadata(this.__wbg_ptr);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return ParquetMetaData.__wrap(ret[0]);
      }
      /**
       * Read from the Parquet file in an async fashion.
       *
       * @param options
       *
       *    Options for reading Parquet data. Optional keys include:
       *
       *    - `batchSize`: The number of rows in each batch. If not provided, the upstream parquet
       *           default is 1024.
       *    - `rowGroups`: Only read data from the provided row group indexes.
       *    - `limit`: Provide a limit to the number of rows to be read.
       *    - `offset`: Provide an offset to skip over the given number of rows.
       *    - `columns`: The column names from the file to read.
       * @param {ReaderOptions | null} [options]
       * @returns {Promise<Table>}
       */
      read(options2) {
        const ret = wasm.parquetfile_read(this.__wbg_ptr, isLikeNone(options2) ? 0 : addToExternrefTable0(options2));
        return ret;
      }
      /**
       * @returns {Schema}
       */
      schema() {
        const ret = wasm.parquetfile_schema(this.__wbg_ptr);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return Schema3.__wrap(ret[0]);
      }
      /**
       * Create a readable stream of record batches.
       *
       * Each item in the stream will be a {@linkcode RecordBatch}.
       *
       * @param options
       *
       *    Options for reading Parquet data. Optional keys include:
       *
       *    - `batchSize`: The number of rows in each batch. If not provided, the upstream parquet
       *           default is 1024.
       *    - `rowGroups`: Only read data from the provided row group indexes.
       *    - `limit`: Provide a limit to the number of rows to be read.
       *    - `offset`: Provide an offset to skip over the given number of rows.
       *    - `columns`: The column names from the file to read.
       *    - `concurrency`: The number of concurrent requests to make
       * @param {ReaderOptions | null} [options]
       * @returns {Promise<ReadableStream>}
       */
      stream(options2) {
        const ret = wasm.parquetfile_stream(this.__wbg_ptr, isLikeNone(options2) ? 0 : addToExternrefTable0(options2));
        return ret;
      }
    };
    if (Symbol.dispose) ParquetFile.prototype[Symbol.dispose] = ParquetFile.prototype.free;
    exports.ParquetFile = ParquetFile;
    var ParquetMetaData = class _ParquetMetaData {
      static __wrap(ptr) {
        const obj = Object.create(_ParquetMetaData.prototype);
        obj.__wbg_ptr = ptr;
        ParquetMetaDataFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        ParquetMetaDataFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_parquetmetadata_free(ptr, 0);
      }
      /**
       * Returns file metadata as reference.
       * @returns {FileMetaData}
       */
      fileMetadata() {
        const ret = wasm.parquetmetadata_fileMetadata(this.__wbg_ptr);
        return FileMetaData.__wrap(ret);
      }
      /**
       * Returns number of row groups in this file.
       * @returns {number}
       */
      numRowGroups() {
        const ret = wasm.parquetmetadata_numRowGroups(this.__wbg_ptr);
        return ret >>> 0;
      }
      /**
       * Returns row group metadata for `i`th position.
       * Position should be less than number of row groups `num_row_groups`.
       * @param {number} i
       * @returns {RowGroupMetaData}
       */
      rowGroup(i2) {
        const ret = wasm.parquetmetadata_rowGroup(this.__wbg_ptr, i2);
        return RowGroupMetaData.__wrap(ret);
      }
      /**
       * Returns row group metadata for all row groups
       * @returns {RowGroupMetaData[]}
       */
      rowGroups() {
        const ret = wasm.parquetmetadata_rowGroups(this.__wbg_ptr);
        var v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
        wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
        return v1;
      }
    };
    if (Symbol.dispose) ParquetMetaData.prototype[Symbol.dispose] = ParquetMetaData.prototype.free;
    exports.ParquetMetaData = ParquetMetaData;
    var RecordBatch4 = class _RecordBatch {
      static __wrap(ptr) {
        const obj = Object.create(_RecordBatch.prototype);
        obj.__wbg_ptr = ptr;
        RecordBatchFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      static __unwrap(jsValue) {
        if (!(jsValue instanceof _RecordBatch)) {
          return 0;
        }
        return jsValue.__destroy_into_raw();
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        RecordBatchFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_recordbatch_free(ptr, 0);
      }
      /**
       * Returns the total number of bytes of memory occupied physically by this batch.
       * @returns {number}
       */
      getArrayMemorySize() {
        const ret = wasm.recordbatch_getArrayMemorySize(this.__wbg_ptr);
        return ret >>> 0;
      }
      /**
       * Export this RecordBatch to FFI structs according to the Arrow C Data Interface.
       *
       * This method **does consume** the RecordBatch, so the original RecordBatch will be
       * inaccessible after this call. You must still call {@linkcode FFIRecordBatch.free} after
       * you've finished using the FFIRecordBatch.
       * @returns {FFIData}
       */
      intoFFI() {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.recordbatch_intoFFI(ptr);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return FFIData.__wrap(ret[0]);
      }
      /**
       * Consume this RecordBatch and convert to an Arrow IPC Stream buffer
       * @returns {Uint8Array}
       */
      intoIPCStream() {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.recordbatch_intoIPCStream(ptr);
        if (ret[3]) {
          throw takeFromExternrefTable0(ret[2]);
        }
        var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
        wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
        return v1;
      }
      /**
       * The number of columns in this RecordBatch.
       * @returns {number}
       */
      get numColumns() {
        const ret = wasm.recordbatch_numColumns(this.__wbg_ptr);
        return ret >>> 0;
      }
      /**
       * The number of rows in this RecordBatch.
       * @returns {number}
       */
      get numRows() {
        const ret = wasm.recordbatch_numRows(this.__wbg_ptr);
        return ret >>> 0;
      }
      /**
       * The {@linkcode Schema} of this RecordBatch.
       * @returns {Schema}
       */
      get schema() {
        const ret = wasm.recordbatch_schema(this.__wbg_ptr);
        return Schema3.__wrap(ret);
      }
      /**
       * Return a new RecordBatch where each column is sliced
       * according to `offset` and `length`
       * @param {number} offset
       * @param {number} length
       * @returns {RecordBatch}
       */
      slice(offset, length) {
        const ret = wasm.recordbatch_slice(this.__wbg_ptr, offset, length);
        return _RecordBatch.__wrap(ret);
      }
      /**
       * Export this RecordBatch to FFI structs according to the Arrow C Data Interface.
       *
       * This method **does not consume** the RecordBatch, so you must remember to call {@linkcode
       * RecordBatch.free} to release the resources. The underlying arrays are reference counted, so
       * this method does not copy data, it only prevents the data from being released.
       * @returns {FFIData}
       */
      toFFI() {
        const ret = wasm.recordbatch_toFFI(this.__wbg_ptr);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return FFIData.__wrap(ret[0]);
      }
      /**
       * Override the schema of this [`RecordBatch`]
       *
       * Returns an error if `schema` is not a superset of the current schema
       * as determined by [`Schema::contains`]
       * @param {Schema} schema
       * @returns {RecordBatch}
       */
      withSchema(schema) {
        _assertClass(schema, Schema3);
        var ptr0 = schema.__destroy_into_raw();
        const ret = wasm.recordbatch_withSchema(this.__wbg_ptr, ptr0);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return _RecordBatch.__wrap(ret[0]);
      }
    };
    if (Symbol.dispose) RecordBatch4.prototype[Symbol.dispose] = RecordBatch4.prototype.free;
    exports.RecordBatch = RecordBatch4;
    var RowGroupMetaData = class _RowGroupMetaData {
      static __wrap(ptr) {
        const obj = Object.create(_RowGroupMetaData.prototype);
        obj.__wbg_ptr = ptr;
        RowGroupMetaDataFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        RowGroupMetaDataFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_rowgroupmetadata_free(ptr, 0);
      }
      /**
       * Returns column chunk metadata for `i`th column.
       * @param {number} i
       * @returns {ColumnChunkMetaData}
       */
      column(i2) {
        const ret = wasm.rowgroupmetadata_column(this.__wbg_ptr, i2);
        return ColumnChunkMetaData.__wrap(ret);
      }
      /**
       * Returns column chunk metadata for all columns
       * @returns {ColumnChunkMetaData[]}
       */
      columns() {
        const ret = wasm.rowgroupmetadata_columns(this.__wbg_ptr);
        var v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
        wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
        return v1;
      }
      /**
       * Total size of all compressed column data in this row group.
       * @returns {number}
       */
      compressedSize() {
        const ret = wasm.rowgroupmetadata_compressedSize(this.__wbg_ptr);
        return ret;
      }
      /**
       * Number of columns in this row group.
       * @returns {number}
       */
      numColumns() {
        const ret = wasm.rowgroupmetadata_numColumns(this.__wbg_ptr);
        return ret >>> 0;
      }
      /**
       * Number of rows in this row group.
       * @returns {number}
       */
      numRows() {
        const ret = wasm.rowgroupmetadata_numRows(this.__wbg_ptr);
        return ret;
      }
      /**
       * Total byte size of all uncompressed column data in this row group.
       * @returns {number}
       */
      totalByteSize() {
        const ret = wasm.rowgroupmetadata_totalByteSize(this.__wbg_ptr);
        return ret;
      }
    };
    if (Symbol.dispose) RowGroupMetaData.prototype[Symbol.dispose] = RowGroupMetaData.prototype.free;
    exports.RowGroupMetaData = RowGroupMetaData;
    var Schema3 = class _Schema {
      static __wrap(ptr) {
        const obj = Object.create(_Schema.prototype);
        obj.__wbg_ptr = ptr;
        SchemaFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        SchemaFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_schema_free(ptr, 0);
      }
      /**
       * Find the index of the column with the given name.
       * @param {string} name
       * @returns {number}
       */
      indexOf(name2) {
        const ptr0 = passStringToWasm0(name2, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.schema_indexOf(this.__wbg_ptr, ptr0, len0);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return ret[0] >>> 0;
      }
      /**
       * Export this Table to FFI structs according to the Arrow C Data Interface.
       *
       * This method **does consume** the Table, so the original Table will be
       * inaccessible after this call. You must still call {@linkcode FFITable.free} after
       * you've finished using the FFITable.
       * @returns {FFISchema}
       */
      intoFFI() {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.schema_intoFFI(ptr);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return FFISchema.__wrap(ret[0]);
      }
      /**
       * Consume this schema and convert to an Arrow IPC Stream buffer
       * @returns {Uint8Array}
       */
      intoIPCStream() {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.schema_intoIPCStream(ptr);
        if (ret[3]) {
          throw takeFromExternrefTable0(ret[2]);
        }
        var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
        wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
        return v1;
      }
      /**
       * Returns an immutable reference to the Map of custom metadata key-value pairs.
       * @returns {SchemaMetadata}
       */
      metadata() {
        const ret = wasm.schema_metadata(this.__wbg_ptr);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
      }
      /**
       * Export this schema to an FFISchema object, which can be read with arrow-js-ffi.
       *
       * This method **does not consume** the Schema, so you must remember to call {@linkcode
       * Schema.free} to release the resources. The underlying arrays are reference counted, so
       * this method does not copy data, it only prevents the data from being released.
       * @returns {FFISchema}
       */
      toFFI() {
        const ret = wasm.schema_toFFI(this.__wbg_ptr);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return FFISchema.__wrap(ret[0]);
      }
      /**
       * Sets the metadata of this `Schema` to be `metadata` and returns a new object
       * @param {SchemaMetadata} metadata
       * @returns {Schema}
       */
      withMetadata(metadata2) {
        const ret = wasm.schema_withMetadata(this.__wbg_ptr, metadata2);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return _Schema.__wrap(ret[0]);
      }
    };
    if (Symbol.dispose) Schema3.prototype[Symbol.dispose] = Schema3.prototype.free;
    exports.Schema = Schema3;
    var Table2 = class _Table {
      static __wrap(ptr) {
        const obj = Object.create(_Table.prototype);
        obj.__wbg_ptr = ptr;
        TableFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        TableFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_table_free(ptr, 0);
      }
      /**
       * Create a table from an Arrow IPC Stream buffer
       * @param {Uint8Array} buf
       * @returns {Table}
       */
      static fromIPCStream(buf) {
        const ptr0 = passArray8ToWasm0(buf, wasm.__wbindgen_malloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.table_fromIPCStream(ptr0, len0);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return _Table.__wrap(ret[0]);
      }
      /**
       * Returns the total number of bytes of memory occupied physically by all batches in this
       * table.
       * @returns {number}
       */
      getArrayMemorySize() {
        const ret = wasm.table_getArrayMemorySize(this.__wbg_ptr);
        return ret >>> 0;
      }
      /**
       * Export this Table to FFI structs according to the Arrow C Data Interface.
       *
       * This method **does consume** the Table, so the original Table will be
       * inaccessible after this call. You must still call {@linkcode FFITable.free} after
       * you've finished using the FFITable.
       * @returns {FFIStream}
       */
      intoFFI() {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.table_intoFFI(ptr);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return FFIStream.__wrap(ret[0]);
      }
      /**
       * Consume this table and convert to an Arrow IPC Stream buffer
       * @returns {Uint8Array}
       */
      intoIPCStream() {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.table_intoIPCStream(ptr);
        if (ret[3]) {
          throw takeFromExternrefTable0(ret[2]);
        }
        var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
        wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
        return v1;
      }
      /**
       * The number of batches in the Table
       * @returns {number}
       */
      get numBatches() {
        const ret = wasm.table_numBatches(this.__wbg_ptr);
        return ret >>> 0;
      }
      /**
       * Access a RecordBatch from the Table by index.
       *
       * @param index The positional index of the RecordBatch to retrieve.
       * @returns a RecordBatch or `null` if out of range.
       * @param {number} index
       * @returns {RecordBatch | undefined}
       */
      recordBatch(index) {
        const ret = wasm.table_recordBatch(this.__wbg_ptr, index);
        return ret === 0 ? void 0 : RecordBatch4.__wrap(ret);
      }
      /**
       * @returns {RecordBatch[]}
       */
      recordBatches() {
        const ret = wasm.table_recordBatches(this.__wbg_ptr);
        var v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
        wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
        return v1;
      }
      /**
       * Access the Table's {@linkcode Schema}.
       * @returns {Schema}
       */
      get schema() {
        const ret = wasm.table_schema(this.__wbg_ptr);
        return Schema3.__wrap(ret);
      }
      /**
       * Export this Table to FFI structs according to the Arrow C Data Interface.
       *
       * This method **does not consume** the Table, so you must remember to call {@linkcode
       * Table.free} to release the resources. The underlying arrays are reference counted, so
       * this method does not copy data, it only prevents the data from being released.
       * @returns {FFIStream}
       */
      toFFI() {
        const ret = wasm.table_toFFI(this.__wbg_ptr);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return FFIStream.__wrap(ret[0]);
      }
    };
    if (Symbol.dispose) Table2.prototype[Symbol.dispose] = Table2.prototype.free;
    exports.Table = Table2;
    var WriterProperties = class _WriterProperties {
      static __wrap(ptr) {
        const obj = Object.create(_WriterProperties.prototype);
        obj.__wbg_ptr = ptr;
        WriterPropertiesFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        WriterPropertiesFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_writerproperties_free(ptr, 0);
      }
    };
    if (Symbol.dispose) WriterProperties.prototype[Symbol.dispose] = WriterProperties.prototype.free;
    exports.WriterProperties = WriterProperties;
    var WriterPropertiesBuilder = class _WriterPropertiesBuilder {
      static __wrap(ptr) {
        const obj = Object.create(_WriterPropertiesBuilder.prototype);
        obj.__wbg_ptr = ptr;
        WriterPropertiesBuilderFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        WriterPropertiesBuilderFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_writerpropertiesbuilder_free(ptr, 0);
      }
      /**
       * Finalizes the configuration and returns immutable writer properties struct.
       * @returns {WriterProperties}
       */
      build() {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.writerpropertiesbuilder_build(ptr);
        return WriterProperties.__wrap(ret);
      }
      /**
       * Returns default state of the builder.
       */
      constructor() {
        const ret = wasm.writerpropertiesbuilder_new();
        this.__wbg_ptr = ret;
        WriterPropertiesBuilderFinalization.register(this, this.__wbg_ptr, this);
        return this;
      }
      /**
       * Sets compression codec for a column.
       * Takes precedence over globally defined settings.
       * @param {string} col
       * @param {Compression} value
       * @returns {WriterPropertiesBuilder}
       */
      setColumnCompression(col, value) {
        const ptr = this.__destroy_into_raw();
        const ptr0 = passStringToWasm0(col, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.writerpropertiesbuilder_setColumnCompression(ptr, ptr0, len0, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets flag to enable/disable dictionary encoding for a column.
       * Takes precedence over globally defined settings.
       * @param {string} col
       * @param {boolean} value
       * @returns {WriterPropertiesBuilder}
       */
      setColumnDictionaryEnabled(col, value) {
        const ptr = this.__destroy_into_raw();
        const ptr0 = passStringToWasm0(col, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.writerpropertiesbuilder_setColumnDictionaryEnabled(ptr, ptr0, len0, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets encoding for a column.
       * Takes precedence over globally defined settings.
       *
       * If dictionary is not enabled, this is treated as a primary encoding for this
       * column. In case when dictionary is enabled for this column, either through
       * global defaults or explicitly, this value is considered to be a fallback
       * encoding for this column.
       *
       * Panics if user tries to set dictionary encoding here, regardless of dictionary
       * encoding flag being set.
       * @param {string} col
       * @param {Encoding} value
       * @returns {WriterPropertiesBuilder}
       */
      setColumnEncoding(col, value) {
        const ptr = this.__destroy_into_raw();
        const ptr0 = passStringToWasm0(col, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.writerpropertiesbuilder_setColumnEncoding(ptr, ptr0, len0, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets flag to enable/disable statistics for a column.
       * Takes precedence over globally defined settings.
       * @param {string} col
       * @param {EnabledStatistics} value
       * @returns {WriterPropertiesBuilder}
       */
      setColumnStatisticsEnabled(col, value) {
        const ptr = this.__destroy_into_raw();
        const ptr0 = passStringToWasm0(col, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.writerpropertiesbuilder_setColumnStatisticsEnabled(ptr, ptr0, len0, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets compression codec for any column.
       * @param {Compression} value
       * @returns {WriterPropertiesBuilder}
       */
      setCompression(value) {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.writerpropertiesbuilder_setCompression(ptr, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets "created by" property.
       * @param {string} value
       * @returns {WriterPropertiesBuilder}
       */
      setCreatedBy(value) {
        const ptr = this.__destroy_into_raw();
        const ptr0 = passStringToWasm0(value, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.writerpropertiesbuilder_setCreatedBy(ptr, ptr0, len0);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets data page size limit.
       * @param {number} value
       * @returns {WriterPropertiesBuilder}
       */
      setDataPageSizeLimit(value) {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.writerpropertiesbuilder_setDataPageSizeLimit(ptr, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets flag to enable/disable dictionary encoding for any column.
       *
       * Use this method to set dictionary encoding, instead of explicitly specifying
       * encoding in `set_encoding` method.
       * @param {boolean} value
       * @returns {WriterPropertiesBuilder}
       */
      setDictionaryEnabled(value) {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.writerpropertiesbuilder_setDictionaryEnabled(ptr, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets dictionary page size limit.
       * @param {number} value
       * @returns {WriterPropertiesBuilder}
       */
      setDictionaryPageSizeLimit(value) {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.writerpropertiesbuilder_setDictionaryPageSizeLimit(ptr, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets encoding for any column.
       *
       * If dictionary is not enabled, this is treated as a primary encoding for all
       * columns. In case when dictionary is enabled for any column, this value is
       * considered to be a fallback encoding for that column.
       *
       * Panics if user tries to set dictionary encoding here, regardless of dictionary
       * encoding flag being set.
       * @param {Encoding} value
       * @returns {WriterPropertiesBuilder}
       */
      setEncoding(value) {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.writerpropertiesbuilder_setEncoding(ptr, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets "key_value_metadata" property.
       * @param {KeyValueMetadata} value
       * @returns {WriterPropertiesBuilder}
       */
      setKeyValueMetadata(value) {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.writerpropertiesbuilder_setKeyValueMetadata(ptr, value);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return _WriterPropertiesBuilder.__wrap(ret[0]);
      }
      /**
       * Sets maximum size of a row group in bytes.
       * @param {number} value
       * @returns {WriterPropertiesBuilder}
       */
      setMaxRowGroupBytes(value) {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.writerpropertiesbuilder_setMaxRowGroupBytes(ptr, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets maximum number of rows in a row group.
       * @param {number} value
       * @returns {WriterPropertiesBuilder}
       */
      setMaxRowGroupSize(value) {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.writerpropertiesbuilder_setMaxRowGroupSize(ptr, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets flag to enable/disable statistics for any column.
       * @param {EnabledStatistics} value
       * @returns {WriterPropertiesBuilder}
       */
      setStatisticsEnabled(value) {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.writerpropertiesbuilder_setStatisticsEnabled(ptr, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets write batch size.
       * @param {number} value
       * @returns {WriterPropertiesBuilder}
       */
      setWriteBatchSize(value) {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.writerpropertiesbuilder_setWriteBatchSize(ptr, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
      /**
       * Sets writer version.
       * @param {WriterVersion} value
       * @returns {WriterPropertiesBuilder}
       */
      setWriterVersion(value) {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.writerpropertiesbuilder_setWriterVersion(ptr, value);
        return _WriterPropertiesBuilder.__wrap(ret);
      }
    };
    if (Symbol.dispose) WriterPropertiesBuilder.prototype[Symbol.dispose] = WriterPropertiesBuilder.prototype.free;
    exports.WriterPropertiesBuilder = WriterPropertiesBuilder;
    var WriterVersion = Object.freeze({
      V1: 0,
      "0": "V1",
      V2: 1,
      "1": "V2"
    });
    exports.WriterVersion = WriterVersion;
    function _functionTable() {
      const ret = wasm._functionTable();
      return ret;
    }
    exports._functionTable = _functionTable;
    function readParquet(parquet_file, options2) {
      const ptr0 = passArray8ToWasm0(parquet_file, wasm.__wbindgen_malloc);
      const len0 = WASM_VECTOR_LEN;
      const ret = wasm.readParquet(ptr0, len0, isLikeNone(options2) ? 0 : addToExternrefTable0(options2));
      if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
      }
      return Table2.__wrap(ret[0]);
    }
    exports.readParquet = readParquet;
    function readParquetStream(url, content_length) {
      const ptr0 = passStringToWasm0(url, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len0 = WASM_VECTOR_LEN;
      const ret = wasm.readParquetStream(ptr0, len0, isLikeNone(content_length) ? Number.MAX_SAFE_INTEGER : content_length >>> 0);
      return ret;
    }
    exports.readParquetStream = readParquetStream;
    function readSchema(parquet_file) {
      const ptr0 = passArray8ToWasm0(parquet_file, wasm.__wbindgen_malloc);
      const len0 = WASM_VECTOR_LEN;
      const ret = wasm.readSchema(ptr0, len0);
      if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
      }
      return Schema3.__wrap(ret[0]);
    }
    exports.readSchema = readSchema;
    function transformParquetStream(stream, writer_properties) {
      let ptr0 = 0;
      if (!isLikeNone(writer_properties)) {
        _assertClass(writer_properties, WriterProperties);
        ptr0 = writer_properties.__destroy_into_raw();
      }
      const ret = wasm.transformParquetStream(stream, ptr0);
      return ret;
    }
    exports.transformParquetStream = transformParquetStream;
    function wasmMemory2() {
      const ret = wasm.wasmMemory();
      return ret;
    }
    exports.wasmMemory = wasmMemory2;
    function writeParquet(table, writer_properties) {
      _assertClass(table, Table2);
      var ptr0 = table.__destroy_into_raw();
      let ptr1 = 0;
      if (!isLikeNone(writer_properties)) {
        _assertClass(writer_properties, WriterProperties);
        ptr1 = writer_properties.__destroy_into_raw();
      }
      const ret = wasm.writeParquet(ptr0, ptr1);
      if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
      }
      var v3 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
      return v3;
    }
    exports.writeParquet = writeParquet;
    function __wbg_get_imports() {
      const import0 = {
        __proto__: null,
        __wbg_Error_67e7344beaa85059: function(arg0, arg1) {
          const ret = Error(getStringFromWasm0(arg0, arg1));
          return ret;
        },
        __wbg_Number_c54e7112a3fa7e3e: function(arg0) {
          const ret = Number(arg0);
          return ret;
        },
        __wbg_String_8564e559799eccda: function(arg0, arg1) {
          const ret = String(arg1);
          const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          const len1 = WASM_VECTOR_LEN;
          getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
          getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
        },
        __wbg___wbindgen_bigint_get_as_i64_b482365c149396c8: function(arg0, arg1) {
          const v = arg1;
          const ret = typeof v === "bigint" ? v : void 0;
          getDataViewMemory0().setBigInt64(arg0 + 8 * 1, isLikeNone(ret) ? BigInt(0) : ret, true);
          getDataViewMemory0().setInt32(arg0 + 4 * 0, !isLikeNone(ret), true);
        },
        __wbg___wbindgen_boolean_get_7a12af2b3f899c5a: function(arg0) {
          const v = arg0;
          const ret = typeof v === "boolean" ? v : void 0;
          return isLikeNone(ret) ? 16777215 : ret ? 1 : 0;
        },
        __wbg___wbindgen_debug_string_0e68cf47c9cbd9b0: function(arg0, arg1) {
          const ret = debugString(arg1);
          const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          const len1 = WASM_VECTOR_LEN;
          getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
          getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
        },
        __wbg___wbindgen_function_table_69595ae5c7f77628: function() {
          const ret = wasm.__wbindgen_export;
          return ret;
        },
        __wbg___wbindgen_in_50072d4d6e45c193: function(arg0, arg1) {
          const ret = arg0 in arg1;
          return ret;
        },
        __wbg___wbindgen_is_bigint_60fc0336cb14f5d7: function(arg0) {
          const ret = typeof arg0 === "bigint";
          return ret;
        },
        __wbg___wbindgen_is_function_fcda5e3902d732fe: function(arg0) {
          const ret = typeof arg0 === "function";
          return ret;
        },
        __wbg___wbindgen_is_object_edb6b15aa3afe12e: function(arg0) {
          const val = arg0;
          const ret = typeof val === "object" && val !== null;
          return ret;
        },
        __wbg___wbindgen_is_string_c4f7cb494a2a21f1: function(arg0) {
          const ret = typeof arg0 === "string";
          return ret;
        },
        __wbg___wbindgen_is_undefined_8c687d0b90d5b524: function(arg0) {
          const ret = arg0 === void 0;
          return ret;
        },
        __wbg___wbindgen_jsval_eq_9fdcd3c0a860dd3b: function(arg0, arg1) {
          const ret = arg0 === arg1;
          return ret;
        },
        __wbg___wbindgen_jsval_loose_eq_3c30021c243b64cd: function(arg0, arg1) {
          const ret = arg0 == arg1;
          return ret;
        },
        __wbg___wbindgen_memory_3f8442e22540244f: function() {
          const ret = wasm.memory;
          return ret;
        },
        __wbg___wbindgen_number_get_1dc732b810cb937c: function(arg0, arg1) {
          const obj = arg1;
          const ret = typeof obj === "number" ? obj : void 0;
          getDataViewMemory0().setFloat64(arg0 + 8 * 1, isLikeNone(ret) ? 0 : ret, true);
          getDataViewMemory0().setInt32(arg0 + 4 * 0, !isLikeNone(ret), true);
        },
        __wbg___wbindgen_string_get_92ab86bb19cbc12f: function(arg0, arg1) {
          const obj = arg1;
          const ret = typeof obj === "string" ? obj : void 0;
          var ptr1 = isLikeNone(ret) ? 0 : passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          var len1 = WASM_VECTOR_LEN;
          getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
          getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
        },
        __wbg___wbindgen_throw_5d9e815e6fdf150f: function(arg0, arg1) {
          throw new Error(getStringFromWasm0(arg0, arg1));
        },
        __wbg__wbg_cb_unref_997e73d32238e655: function(arg0) {
          arg0._wbg_cb_unref();
        },
        __wbg_abort_03f8c5804715cb9a: function(arg0, arg1) {
          arg0.abort(arg1);
        },
        __wbg_abort_76dea11221098ae5: function(arg0) {
          arg0.abort();
        },
        __wbg_append_8e87c13f0f08f8cd: function() {
          return handleError(function(arg0, arg1, arg2, arg3, arg4) {
            arg0.append(getStringFromWasm0(arg1, arg2), getStringFromWasm0(arg3, arg4));
          }, arguments);
        },
        __wbg_arrayBuffer_06f3da76f071d37f: function() {
          return handleError(function(arg0) {
            const ret = arg0.arrayBuffer();
            return ret;
          }, arguments);
        },
        __wbg_arrayBuffer_432de2b072afe7fb: function(arg0) {
          const ret = arg0.arrayBuffer();
          return ret;
        },
        __wbg_buffer_4a989bded7035f57: function(arg0) {
          const ret = arg0.buffer;
          return ret;
        },
        __wbg_byobRequest_f161fc37241dd3d4: function(arg0) {
          const ret = arg0.byobRequest;
          return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_byteLength_0ddb1795e2c7e689: function(arg0) {
          const ret = arg0.byteLength;
          return ret;
        },
        __wbg_byteOffset_46eb015f52b6ad7d: function(arg0) {
          const ret = arg0.byteOffset;
          return ret;
        },
        __wbg_call_269c5566fbede3eb: function() {
          return handleError(function(arg0, arg1) {
            const ret = arg0.call(arg1);
            return ret;
          }, arguments);
        },
        __wbg_call_6bcf8d3e20937e46: function() {
          return handleError(function(arg0, arg1, arg2) {
            const ret = arg0.call(arg1, arg2);
            return ret;
          }, arguments);
        },
        __wbg_cancel_c076350a7e8954be: function(arg0) {
          const ret = arg0.cancel();
          return ret;
        },
        __wbg_catch_e2134ef6dcdb69ed: function(arg0, arg1) {
          const ret = arg0.catch(arg1);
          return ret;
        },
        __wbg_clearTimeout_333bba87532ab9d3: function(arg0) {
          const ret = clearTimeout(arg0);
          return ret;
        },
        __wbg_close_22882088c136df25: function() {
          return handleError(function(arg0) {
            arg0.close();
          }, arguments);
        },
        __wbg_close_5c3f1f028070f2f7: function(arg0) {
          const ret = arg0.close();
          return ret;
        },
        __wbg_close_8b609460dd26e367: function() {
          return handleError(function(arg0) {
            arg0.close();
          }, arguments);
        },
        __wbg_columnchunkmetadata_new: function(arg0) {
          const ret = ColumnChunkMetaData.__wrap(arg0);
          return ret;
        },
        __wbg_done_cffed884d87aa22e: function(arg0) {
          const ret = arg0.done;
          return ret;
        },
        __wbg_enqueue_6cb545d22db14f33: function() {
          return handleError(function(arg0, arg1) {
            arg0.enqueue(arg1);
          }, arguments);
        },
        __wbg_entries_972a87586902cf87: function(arg0) {
          const ret = Object.entries(arg0);
          return ret;
        },
        __wbg_entries_f9de04c09a57314e: function(arg0) {
          const ret = arg0.entries();
          return ret;
        },
        __wbg_fetch_074561c3e313c86f: function(arg0) {
          const ret = fetch(arg0);
          return ret;
        },
        __wbg_fetch_920242d59bac2026: function(arg0, arg1) {
          const ret = arg0.fetch(arg1);
          return ret;
        },
        __wbg_getReader_9facd4f899beac89: function() {
          return handleError(function(arg0) {
            const ret = arg0.getReader();
            return ret;
          }, arguments);
        },
        __wbg_getWriter_5a3d7baaf32780c4: function() {
          return handleError(function(arg0) {
            const ret = arg0.getWriter();
            return ret;
          }, arguments);
        },
        __wbg_get_6cf5a4d4d8ad3c5a: function() {
          return handleError(function(arg0, arg1) {
            const ret = Reflect.get(arg0, arg1);
            return ret;
          }, arguments);
        },
        __wbg_get_b1f0ab13c737f856: function(arg0, arg1) {
          const ret = arg0[arg1 >>> 0];
          return ret;
        },
        __wbg_get_done_a668aa62d81fad70: function(arg0) {
          const ret = arg0.done;
          return isLikeNone(ret) ? 16777215 : ret ? 1 : 0;
        },
        __wbg_get_unchecked_363572bdd397d473: function(arg0, arg1) {
          const ret = arg0[arg1 >>> 0];
          return ret;
        },
        __wbg_get_value_6c62a77c168d825a: function(arg0) {
          const ret = arg0.value;
          return ret;
        },
        __wbg_get_with_ref_key_6412cf3094599694: function(arg0, arg1) {
          const ret = arg0[arg1];
          return ret;
        },
        __wbg_has_464f8b9416279d65: function() {
          return handleError(function(arg0, arg1) {
            const ret = Reflect.has(arg0, arg1);
            return ret;
          }, arguments);
        },
        __wbg_headers_2594464ff62969f3: function(arg0) {
          const ret = arg0.headers;
          return ret;
        },
        __wbg_instanceof_ArrayBuffer_d4ff01f8247925ae: function(arg0) {
          let result;
          try {
            result = arg0 instanceof ArrayBuffer;
          } catch (_) {
            result = false;
          }
          const ret = result;
          return ret;
        },
        __wbg_instanceof_Response_6366a785e400039b: function(arg0) {
          let result;
          try {
            result = arg0 instanceof Response;
          } catch (_) {
            result = false;
          }
          const ret = result;
          return ret;
        },
        __wbg_instanceof_Uint8Array_598adc0fef426aa8: function(arg0) {
          let result;
          try {
            result = arg0 instanceof Uint8Array;
          } catch (_) {
            result = false;
          }
          const ret = result;
          return ret;
        },
        __wbg_isArray_5674713bb7b79043: function(arg0) {
          const ret = Array.isArray(arg0);
          return ret;
        },
        __wbg_isSafeInteger_8f51c743827d1ec5: function(arg0) {
          const ret = Number.isSafeInteger(arg0);
          return ret;
        },
        __wbg_iterator_22ddeb808cf55a6f: function() {
          const ret = Symbol.iterator;
          return ret;
        },
        __wbg_length_31bdaf014f5fbde2: function(arg0) {
          const ret = arg0.length;
          return ret;
        },
        __wbg_length_4e1adc0d42e23620: function(arg0) {
          const ret = arg0.length;
          return ret;
        },
        __wbg_new_0afe64b4dc16ab74: function() {
          return handleError(function() {
            const ret = new Headers();
            return ret;
          }, arguments);
        },
        __wbg_new_1da3429bc3c4541c: function(arg0) {
          const ret = new Uint8Array(arg0);
          return ret;
        },
        __wbg_new_4f1be85c9b3162d4: function() {
          return handleError(function() {
            const ret = new TransformStream();
            return ret;
          }, arguments);
        },
        __wbg_new_8d36e20aa758e411: function() {
          const ret = /* @__PURE__ */ new Map();
          return ret;
        },
        __wbg_new_a32a1ab6c6655abe: function(arg0, arg1) {
          const ret = new Error(getStringFromWasm0(arg0, arg1));
          return ret;
        },
        __wbg_new_baa0a0207935dd43: function() {
          return handleError(function() {
            const ret = new AbortController();
            return ret;
          }, arguments);
        },
        __wbg_new_bebc3f4757acf305: function() {
          const ret = new Object();
          return ret;
        },
        __wbg_new_from_slice_4ee02165f9de919e: function(arg0, arg1) {
          const ret = new Uint8Array(getArrayU8FromWasm0(arg0, arg1));
          return ret;
        },
        __wbg_new_typed_6f8b0d724fe26c07: function(arg0, arg1) {
          try {
            var state0 = { a: arg0, b: arg1 };
            var cb0 = (arg02, arg12) => {
              const a = state0.a;
              state0.a = 0;
              try {
                return wasm_bindgen_10d777147657a598___convert__closures_____invoke___js_sys_47eb2ff9ef171f78___Function_fn_wasm_bindgen_10d777147657a598___JsValue_____wasm_bindgen_10d777147657a598___sys__Undefined___js_sys_47eb2ff9ef171f78___Function_fn_wasm_bindgen_10d777147657a598___JsValue_____wasm_bindgen_10d777147657a598___sys__Undefined_______true_(a, state0.b, arg02, arg12);
              } finally {
                state0.a = a;
              }
            };
            const ret = new Promise(cb0);
            return ret;
          } finally {
            state0.a = 0;
          }
        },
        __wbg_new_with_byte_offset_aede39235d71ca64: function(arg0, arg1) {
          const ret = new Uint8Array(arg0, arg1 >>> 0);
          return ret;
        },
        __wbg_new_with_byte_offset_and_length_492c969e8b5da8a4: function(arg0, arg1, arg2) {
          const ret = new Uint8Array(arg0, arg1 >>> 0, arg2 >>> 0);
          return ret;
        },
        __wbg_new_with_into_underlying_source_fd904252f385f59c: function(arg0, arg1) {
          const ret = new ReadableStream(IntoUnderlyingSource.__wrap(arg0), arg1);
          return ret;
        },
        __wbg_new_with_str_and_init_2f31a77deda127fd: function() {
          return handleError(function(arg0, arg1, arg2) {
            const ret = new Request(getStringFromWasm0(arg0, arg1), arg2);
            return ret;
          }, arguments);
        },
        __wbg_next_95053e306b1c3aed: function(arg0) {
          const ret = arg0.next;
          return ret;
        },
        __wbg_next_f31ecb8646d2c605: function() {
          return handleError(function(arg0) {
            const ret = arg0.next();
            return ret;
          }, arguments);
        },
        __wbg_parquetfile_new: function(arg0) {
          const ret = ParquetFile.__wrap(arg0);
          return ret;
        },
        __wbg_prototypesetcall_ae9f5e7459250748: function(arg0, arg1, arg2) {
          Uint8Array.prototype.set.call(getArrayU8FromWasm0(arg0, arg1), arg2);
        },
        __wbg_queueMicrotask_85c90f6987555d65: function(arg0) {
          const ret = arg0.queueMicrotask;
          return ret;
        },
        __wbg_queueMicrotask_f6a1fa10b81d1fc0: function(arg0) {
          queueMicrotask(arg0);
        },
        __wbg_read_31091533ffadf971: function(arg0) {
          const ret = arg0.read();
          return ret;
        },
        __wbg_readable_dd742feaf61adcb9: function(arg0) {
          const ret = arg0.readable;
          return ret;
        },
        __wbg_ready_196967f79af47b0d: function(arg0) {
          const ret = arg0.ready;
          return ret;
        },
        __wbg_recordbatch_new: function(arg0) {
          const ret = RecordBatch4.__wrap(arg0);
          return ret;
        },
        __wbg_recordbatch_unwrap: function(arg0) {
          const ret = RecordBatch4.__unwrap(arg0);
          return ret;
        },
        __wbg_releaseLock_1538945f5f183d9f: function(arg0) {
          arg0.releaseLock();
        },
        __wbg_releaseLock_508d9818266235f2: function(arg0) {
          arg0.releaseLock();
        },
        __wbg_resolve_35ec7e0c6af4c82c: function(arg0) {
          const ret = Promise.resolve(arg0);
          return ret;
        },
        __wbg_respond_83a71686e927ca32: function() {
          return handleError(function(arg0, arg1) {
            arg0.respond(arg1 >>> 0);
          }, arguments);
        },
        __wbg_rowgroupmetadata_new: function(arg0) {
          const ret = RowGroupMetaData.__wrap(arg0);
          return ret;
        },
        __wbg_setTimeout_3a808dd861dd3c12: function(arg0, arg1) {
          const ret = setTimeout(arg0, arg1);
          return ret;
        },
        __wbg_set_5f2ad37e5e02dc7b: function(arg0, arg1, arg2) {
          arg0.set(getArrayU8FromWasm0(arg1, arg2));
        },
        __wbg_set_6be42768c690e380: function(arg0, arg1, arg2) {
          arg0[arg1] = arg2;
        },
        __wbg_set_bf6dde4923b9b059: function(arg0, arg1, arg2) {
          const ret = arg0.set(arg1, arg2);
          return ret;
        },
        __wbg_set_body_f39cee72c74a5b02: function(arg0, arg1) {
          arg0.body = arg1;
        },
        __wbg_set_cache_6e8c35a5ed76edb1: function(arg0, arg1) {
          arg0.cache = __wbindgen_enum_RequestCache[arg1];
        },
        __wbg_set_credentials_bf1d3e014213a571: function(arg0, arg1) {
          arg0.credentials = __wbindgen_enum_RequestCredentials[arg1];
        },
        __wbg_set_headers_31d373f68f28bf76: function(arg0, arg1) {
          arg0.headers = arg1;
        },
        __wbg_set_high_water_mark_089e3476522036ad: function(arg0, arg1) {
          arg0.highWaterMark = arg1;
        },
        __wbg_set_method_82e6c3c083da0734: function(arg0, arg1, arg2) {
          arg0.method = getStringFromWasm0(arg1, arg2);
        },
        __wbg_set_mode_f7e56ed768d0ade0: function(arg0, arg1) {
          arg0.mode = __wbindgen_enum_RequestMode[arg1];
        },
        __wbg_set_signal_f4b32f40f19786f4: function(arg0, arg1) {
          arg0.signal = arg1;
        },
        __wbg_signal_45367c6c2255877a: function(arg0) {
          const ret = arg0.signal;
          return ret;
        },
        __wbg_size_338f1717fbf84c4e: function(arg0) {
          const ret = arg0.size;
          return ret;
        },
        __wbg_slice_49f10e038e37aae3: function() {
          return handleError(function(arg0, arg1, arg2) {
            const ret = arg0.slice(arg1, arg2);
            return ret;
          }, arguments);
        },
        __wbg_static_accessor_GLOBAL_8eb4cd83130a11a0: function() {
          const ret = typeof global === "undefined" ? null : global;
          return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_static_accessor_GLOBAL_THIS_1e7044f654e934db: function() {
          const ret = typeof globalThis === "undefined" ? null : globalThis;
          return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_static_accessor_SELF_d8b50611246a6d92: function() {
          const ret = typeof self === "undefined" ? null : self;
          return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_static_accessor_WINDOW_fd0bc376bf0f8b42: function() {
          const ret = typeof window === "undefined" ? null : window;
          return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_status_88ccc72fe7bea621: function(arg0) {
          const ret = arg0.status;
          return ret;
        },
        __wbg_table_new: function(arg0) {
          const ret = Table2.__wrap(arg0);
          return ret;
        },
        __wbg_then_7a850dae4493f353: function(arg0, arg1, arg2) {
          const ret = arg0.then(arg1, arg2);
          return ret;
        },
        __wbg_then_b830475380919203: function(arg0, arg1) {
          const ret = arg0.then(arg1);
          return ret;
        },
        __wbg_toString_794a30e85c994f2a: function(arg0) {
          const ret = arg0.toString();
          return ret;
        },
        __wbg_url_f1948b0d7f881e02: function(arg0, arg1) {
          const ret = arg1.url;
          const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          const len1 = WASM_VECTOR_LEN;
          getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
          getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
        },
        __wbg_value_c227f843d21da141: function(arg0) {
          const ret = arg0.value;
          return ret;
        },
        __wbg_view_d8c7b26e4d4650f1: function(arg0) {
          const ret = arg0.view;
          return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_writable_bf33d3f9fb228429: function(arg0) {
          const ret = arg0.writable;
          return ret;
        },
        __wbg_write_d32d19927af3f942: function(arg0, arg1) {
          const ret = arg0.write(arg1);
          return ret;
        },
        __wbindgen_generic_0000000000000001: function(arg0, arg1) {
          const ret = makeMutClosure(arg0, arg1, wasm_bindgen_10d777147657a598___convert__closures_____invoke___wasm_bindgen_10d777147657a598___JsValue______true_);
          return ret;
        },
        __wbindgen_generic_0000000000000002: function(arg0, arg1) {
          const ret = makeMutClosure(arg0, arg1, wasm_bindgen_10d777147657a598___convert__closures_____invoke___wasm_bindgen_10d777147657a598___JsValue__core_ed718c3d60ebd546___result__Result_____wasm_bindgen_10d777147657a598___JsError___true_);
          return ret;
        },
        __wbindgen_generic_0000000000000003: function(arg0, arg1) {
          const ret = makeMutClosure(arg0, arg1, wasm_bindgen_10d777147657a598___convert__closures_____invoke_______true_);
          return ret;
        },
        __wbindgen_generic_0000000000000004: function(arg0) {
          const ret = arg0;
          return ret;
        },
        __wbindgen_generic_0000000000000005: function(arg0, arg1) {
          const ret = getStringFromWasm0(arg0, arg1);
          return ret;
        },
        __wbindgen_generic_0000000000000006: function(arg0) {
          const ret = BigInt.asUintN(64, arg0);
          return ret;
        },
        __wbindgen_init_externref_table: function() {
          const table = wasm.__wbindgen_externrefs;
          const offset = table.grow(4);
          table.set(0, void 0);
          table.set(offset + 0, void 0);
          table.set(offset + 1, null);
          table.set(offset + 2, true);
          table.set(offset + 3, false);
        }
      };
      return {
        __proto__: null,
        "./parquet_wasm_bg.js": import0
      };
    }
    function wasm_bindgen_10d777147657a598___convert__closures_____invoke_______true_(arg0, arg1) {
      wasm.wasm_bindgen_10d777147657a598___convert__closures_____invoke_______true_(arg0, arg1);
    }
    function wasm_bindgen_10d777147657a598___convert__closures_____invoke___wasm_bindgen_10d777147657a598___JsValue______true_(arg0, arg1, arg2) {
      wasm.wasm_bindgen_10d777147657a598___convert__closures_____invoke___wasm_bindgen_10d777147657a598___JsValue______true_(arg0, arg1, arg2);
    }
    function wasm_bindgen_10d777147657a598___convert__closures_____invoke___wasm_bindgen_10d777147657a598___JsValue__core_ed718c3d60ebd546___result__Result_____wasm_bindgen_10d777147657a598___JsError___true_(arg0, arg1, arg2) {
      const ret = wasm.wasm_bindgen_10d777147657a598___convert__closures_____invoke___wasm_bindgen_10d777147657a598___JsValue__core_ed718c3d60ebd546___result__Result_____wasm_bindgen_10d777147657a598___JsError___true_(arg0, arg1, arg2);
      if (ret[1]) {
        throw takeFromExternrefTable0(ret[0]);
      }
    }
    function wasm_bindgen_10d777147657a598___convert__closures_____invoke___js_sys_47eb2ff9ef171f78___Function_fn_wasm_bindgen_10d777147657a598___JsValue_____wasm_bindgen_10d777147657a598___sys__Undefined___js_sys_47eb2ff9ef171f78___Function_fn_wasm_bindgen_10d777147657a598___JsValue_____wasm_bindgen_10d777147657a598___sys__Undefined_______true_(arg0, arg1, arg2, arg3) {
      wasm.wasm_bindgen_10d777147657a598___convert__closures_____invoke___js_sys_47eb2ff9ef171f78___Function_fn_wasm_bindgen_10d777147657a598___JsValue_____wasm_bindgen_10d777147657a598___sys__Undefined___js_sys_47eb2ff9ef171f78___Function_fn_wasm_bindgen_10d777147657a598___JsValue_____wasm_bindgen_10d777147657a598___sys__Undefined_______true_(arg0, arg1, arg2, arg3);
    }
    var __wbindgen_enum_ReadableStreamType = ["bytes"];
    var __wbindgen_enum_RequestCache = ["default", "no-store", "reload", "no-cache", "force-cache", "only-if-cached"];
    var __wbindgen_enum_RequestCredentials = ["omit", "same-origin", "include"];
    var __wbindgen_enum_RequestMode = ["same-origin", "no-cors", "cors", "navigate"];
    var ColumnChunkMetaDataFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_columnchunkmetadata_free(ptr, 1));
    var FFIDataFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_ffidata_free(ptr, 1));
    var FFISchemaFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_ffischema_free(ptr, 1));
    var FFIStreamFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_ffistream_free(ptr, 1));
    var FileMetaDataFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_filemetadata_free(ptr, 1));
    var IntoUnderlyingByteSourceFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_intounderlyingbytesource_free(ptr, 1));
    var IntoUnderlyingSinkFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_intounderlyingsink_free(ptr, 1));
    var IntoUnderlyingSourceFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_intounderlyingsource_free(ptr, 1));
    var ParquetFileFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_parquetfile_free(ptr, 1));
    var ParquetMetaDataFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_parquetmetadata_free(ptr, 1));
    var RecordBatchFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_recordbatch_free(ptr, 1));
    var RowGroupMetaDataFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_rowgroupmetadata_free(ptr, 1));
    var SchemaFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_schema_free(ptr, 1));
    var TableFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_table_free(ptr, 1));
    var WriterPropertiesFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_writerproperties_free(ptr, 1));
    var WriterPropertiesBuilderFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_writerpropertiesbuilder_free(ptr, 1));
    function addToExternrefTable0(obj) {
      const idx = wasm.__externref_table_alloc();
      wasm.__wbindgen_externrefs.set(idx, obj);
      return idx;
    }
    function _assertClass(instance9, klass) {
      if (!(instance9 instanceof klass)) {
        throw new Error(`expected instance of ${klass.name}`);
      }
    }
    var CLOSURE_DTORS = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((state) => wasm.__wbindgen_destroy_closure(state.a, state.b));
    function debugString(val) {
      const type = typeof val;
      if (type == "number" || type == "boolean" || val == null) {
        return `${val}`;
      }
      if (type == "string") {
        return `"${val}"`;
      }
      if (type == "symbol") {
        const description = val.description;
        if (description == null) {
          return "Symbol";
        } else {
          return `Symbol(${description})`;
        }
      }
      if (type == "function") {
        const name2 = val.name;
        if (typeof name2 == "string" && name2.length > 0) {
          return `Function(${name2})`;
        } else {
          return "Function";
        }
      }
      if (Array.isArray(val)) {
        const length = val.length;
        let debug = "[";
        if (length > 0) {
          debug += debugString(val[0]);
        }
        for (let i2 = 1; i2 < length; i2++) {
          debug += ", " + debugString(val[i2]);
        }
        debug += "]";
        return debug;
      }
      const builtInMatches = /\[object ([^\]]+)\]/.exec(toString.call(val));
      let className;
      if (builtInMatches && builtInMatches.length > 1) {
        className = builtInMatches[1];
      } else {
        return toString.call(val);
      }
      if (className == "Object") {
        try {
          return "Object(" + JSON.stringify(val) + ")";
        } catch (_) {
          return "Object";
        }
      }
      if (val instanceof Error) {
        return `${val.name}: ${val.message}
${val.stack}`;
      }
      return className;
    }
    function getArrayJsValueFromWasm0(ptr, len) {
      ptr = ptr >>> 0;
      const mem = getDataViewMemory0();
      const result = [];
      for (let i2 = ptr; i2 < ptr + 4 * len; i2 += 4) {
        result.push(wasm.__wbindgen_externrefs.get(mem.getUint32(i2, true)));
      }
      wasm.__externref_drop_slice(ptr, len);
      return result;
    }
    function getArrayU32FromWasm0(ptr, len) {
      ptr = ptr >>> 0;
      return getUint32ArrayMemory0().subarray(ptr / 4, ptr / 4 + len);
    }
    function getArrayU8FromWasm0(ptr, len) {
      ptr = ptr >>> 0;
      return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
    }
    var cachedDataViewMemory0 = null;
    function getDataViewMemory0() {
      if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || cachedDataViewMemory0.buffer.detached === void 0 && cachedDataViewMemory0.buffer !== wasm.memory.buffer) {
        cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
      }
      return cachedDataViewMemory0;
    }
    function getStringFromWasm0(ptr, len) {
      return decodeText(ptr >>> 0, len);
    }
    var cachedUint32ArrayMemory0 = null;
    function getUint32ArrayMemory0() {
      if (cachedUint32ArrayMemory0 === null || cachedUint32ArrayMemory0.byteLength === 0) {
        cachedUint32ArrayMemory0 = new Uint32Array(wasm.memory.buffer);
      }
      return cachedUint32ArrayMemory0;
    }
    var cachedUint8ArrayMemory0 = null;
    function getUint8ArrayMemory0() {
      if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
      }
      return cachedUint8ArrayMemory0;
    }
    function handleError(f, args2) {
      try {
        return f.apply(this, args2);
      } catch (e) {
        const idx = addToExternrefTable0(e);
        wasm.__wbindgen_exn_store(idx);
      }
    }
    function isLikeNone(x) {
      return x === void 0 || x === null;
    }
    function makeMutClosure(arg0, arg1, f) {
      const state = { a: arg0, b: arg1, cnt: 1 };
      const real = (...args2) => {
        state.cnt++;
        const a = state.a;
        state.a = 0;
        try {
          return f(a, state.b, ...args2);
        } finally {
          state.a = a;
          real._wbg_cb_unref();
        }
      };
      real._wbg_cb_unref = () => {
        if (--state.cnt === 0) {
          wasm.__wbindgen_destroy_closure(state.a, state.b);
          state.a = 0;
          CLOSURE_DTORS.unregister(state);
        }
      };
      CLOSURE_DTORS.register(real, state, state);
      return real;
    }
    function passArray8ToWasm0(arg, malloc) {
      const ptr = malloc(arg.length * 1, 1) >>> 0;
      getUint8ArrayMemory0().set(arg, ptr / 1);
      WASM_VECTOR_LEN = arg.length;
      return ptr;
    }
    function passStringToWasm0(arg, malloc, realloc) {
      if (realloc === void 0) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr2 = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr2, ptr2 + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr2;
      }
      let len = arg.length;
      let ptr = malloc(len, 1) >>> 0;
      const mem = getUint8ArrayMemory0();
      let offset = 0;
      for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 127) break;
        mem[ptr + offset] = code;
      }
      if (offset !== len) {
        if (offset !== 0) {
          arg = arg.slice(offset);
        }
        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = cachedTextEncoder.encodeInto(arg, view);
        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
      }
      WASM_VECTOR_LEN = offset;
      return ptr;
    }
    function takeFromExternrefTable0(idx) {
      const value = wasm.__wbindgen_externrefs.get(idx);
      wasm.__externref_table_dealloc(idx);
      return value;
    }
    var cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
    cachedTextDecoder.decode();
    function decodeText(ptr, len) {
      return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
    }
    var cachedTextEncoder = new TextEncoder();
    if (!("encodeInto" in cachedTextEncoder)) {
      cachedTextEncoder.encodeInto = function(arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
          read: arg.length,
          written: buf.length
        };
      };
    }
    var WASM_VECTOR_LEN = 0;
    var wasmPath = `${__pycpg_dirname}/parquet_wasm_bg.wasm`;
    var wasmBytes = __require("fs").readFileSync(wasmPath);
    var wasmModule = new WebAssembly.Module(wasmBytes);
    var wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
    var wasm = wasmInstance.exports;
    wasm.__wbindgen_start();
  }
});

// node_modules/web-tree-sitter/web-tree-sitter.js
var web_tree_sitter_exports = {};
__export(web_tree_sitter_exports, {
  CaptureQuantifier: () => CaptureQuantifier,
  Edit: () => Edit,
  LANGUAGE_VERSION: () => LANGUAGE_VERSION,
  Language: () => Language,
  LookaheadIterator: () => LookaheadIterator,
  MIN_COMPATIBLE_VERSION: () => MIN_COMPATIBLE_VERSION,
  Node: () => Node,
  Parser: () => Parser,
  Query: () => Query,
  Tree: () => Tree,
  TreeCursor: () => TreeCursor
});
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
function setModule(module2) {
  C = module2;
}
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance22 = await WebAssembly.instantiate(binary2, imports);
      return instance22;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance22, module2) {
      wasmExports = instance22.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance22 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance22.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance22;
          if (binary instanceof WebAssembly.Module) {
            instance22 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance22 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance22);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
    var size = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
function checkModule() {
  return !!Module3;
}
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
var __defProp2, __name, Edit, SIZE_OF_SHORT, SIZE_OF_INT, SIZE_OF_CURSOR, SIZE_OF_NODE, SIZE_OF_POINT, SIZE_OF_RANGE, ZERO_POINT, INTERNAL, C, finalizer, LookaheadIterator, finalizer2, Tree, finalizer3, TreeCursor, Node, LANGUAGE_FUNCTION_REGEX, Language, web_tree_sitter_default, Module3, TRANSFER_BUFFER, LANGUAGE_VERSION, MIN_COMPATIBLE_VERSION, finalizer4, Parser, PREDICATE_STEP_TYPE_CAPTURE, PREDICATE_STEP_TYPE_STRING, QUERY_WORD_REGEX, CaptureQuantifier, isCaptureStep, isStringStep, QueryErrorKind, QueryError, finalizer5, Query;
var init_web_tree_sitter = __esm({
  "node_modules/web-tree-sitter/web-tree-sitter.js"() {
    __defProp2 = Object.defineProperty;
    __name = (target, value) => __defProp2(target, "name", { value, configurable: true });
    Edit = class {
      static {
        __name(this, "Edit");
      }
      /** The start position of the change. */
      startPosition;
      /** The end position of the change before the edit. */
      oldEndPosition;
      /** The end position of the change after the edit. */
      newEndPosition;
      /** The start index of the change. */
      startIndex;
      /** The end index of the change before the edit. */
      oldEndIndex;
      /** The end index of the change after the edit. */
      newEndIndex;
      constructor({
        startIndex,
        oldEndIndex,
        newEndIndex,
        startPosition,
        oldEndPosition,
        newEndPosition
      }) {
        this.startIndex = startIndex >>> 0;
        this.oldEndIndex = oldEndIndex >>> 0;
        this.newEndIndex = newEndIndex >>> 0;
        this.startPosition = startPosition;
        this.oldEndPosition = oldEndPosition;
        this.newEndPosition = newEndPosition;
      }
      /**
       * Edit a point and index to keep it in-sync with source code that has been edited.
       *
       * This function updates a single point's byte offset and row/column position
       * based on an edit operation. This is useful for editing points without
       * requiring a tree or node instance.
       */
      editPoint(point, index) {
        let newIndex = index;
        const newPoint = { ...point };
        if (index >= this.oldEndIndex) {
          newIndex = this.newEndIndex + (index - this.oldEndIndex);
          const originalRow = point.row;
          newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
          newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
        } else if (index > this.startIndex) {
          newIndex = this.newEndIndex;
          newPoint.row = this.newEndPosition.row;
          newPoint.column = this.newEndPosition.column;
        }
        return { point: newPoint, index: newIndex };
      }
      /**
       * Edit a range to keep it in-sync with source code that has been edited.
       *
       * This function updates a range's start and end positions based on an edit
       * operation. This is useful for editing ranges without requiring a tree
       * or node instance.
       */
      editRange(range) {
        const newRange = {
          startIndex: range.startIndex,
          startPosition: { ...range.startPosition },
          endIndex: range.endIndex,
          endPosition: { ...range.endPosition }
        };
        if (range.endIndex >= this.oldEndIndex) {
          if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
            newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
            newRange.endPosition = {
              row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
              column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
            };
            if (newRange.endIndex < this.newEndIndex) {
              newRange.endIndex = Number.MAX_SAFE_INTEGER;
              newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
            }
          }
        } else if (range.endIndex > this.startIndex) {
          newRange.endIndex = this.startIndex;
          newRange.endPosition = { ...this.startPosition };
        }
        if (range.startIndex >= this.oldEndIndex) {
          newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
          newRange.startPosition = {
            row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
            column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
          };
          if (newRange.startIndex < this.newEndIndex) {
            newRange.startIndex = Number.MAX_SAFE_INTEGER;
            newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
          }
        } else if (range.startIndex > this.startIndex) {
          newRange.startIndex = this.startIndex;
          newRange.startPosition = { ...this.startPosition };
        }
        return newRange;
      }
    };
    SIZE_OF_SHORT = 2;
    SIZE_OF_INT = 4;
    SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
    SIZE_OF_NODE = 5 * SIZE_OF_INT;
    SIZE_OF_POINT = 2 * SIZE_OF_INT;
    SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
    ZERO_POINT = { row: 0, column: 0 };
    INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
    __name(assertInternal, "assertInternal");
    __name(isPoint, "isPoint");
    __name(setModule, "setModule");
    __name(newFinalizer, "newFinalizer");
    finalizer = newFinalizer((address) => {
      C._ts_lookahead_iterator_delete(address);
    });
    LookaheadIterator = class {
      static {
        __name(this, "LookaheadIterator");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      language;
      /** @internal */
      positioned = false;
      /** @internal */
      constructor(internal, address, language) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
        finalizer?.register(this, address, this);
      }
      /**
       * Get the current symbol of the lookahead iterator.
       *
       * Returns `null` if the iterator is not positioned on a symbol:
       *
       * - Before the first iteration step
       * - After the iterator is exhausted
       * - After a {@link reset} or {@link resetState} call
       */
      get currentTypeId() {
        return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
      }
      /**
       * Get the current symbol name of the lookahead iterator.
       *
       * Returns `null` if the iterator is not positioned on a symbol.
       */
      get currentType() {
        const id = this.currentTypeId;
        if (id === null) return null;
        return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
      }
      /** Delete the lookahead iterator, freeing its resources. */
      delete() {
        finalizer?.unregister(this);
        C._ts_lookahead_iterator_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Reset the lookahead iterator.
       *
       * This returns `true` if the language was set successfully and `false`
       * otherwise.
       */
      reset(language, stateId) {
        if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
          this.language = language;
          this.positioned = false;
          return true;
        }
        return false;
      }
      /**
       * Reset the lookahead iterator to another state.
       *
       * This returns `true` if the iterator was reset to the given state and
       * `false` otherwise.
       */
      resetState(stateId) {
        if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
        this.positioned = false;
        return true;
      }
      /**
       * Returns an iterator that iterates over the symbols of the lookahead iterator.
       *
       * The iterator will yield the current symbol name as a string for each step
       * until there are no more symbols to iterate over.
       */
      [Symbol.iterator]() {
        return {
          next: /* @__PURE__ */ __name(() => {
            this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
            const value = this.currentType;
            return value === null ? { done: true, value: "" } : { done: false, value };
          }, "next")
        };
      }
    };
    __name(getText, "getText");
    finalizer2 = newFinalizer((address) => {
      C._ts_tree_delete(address);
    });
    Tree = class _Tree {
      static {
        __name(this, "Tree");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      textCallback;
      /** The language that was used to parse the syntax tree. */
      language;
      /** @internal */
      constructor(internal, address, language, textCallback) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
        this.textCallback = textCallback;
        finalizer2?.register(this, address, this);
      }
      /** Create a shallow copy of the syntax tree. This is very fast. */
      copy() {
        const address = C._ts_tree_copy(this[0]);
        return new _Tree(INTERNAL, address, this.language, this.textCallback);
      }
      /** Delete the syntax tree, freeing its resources. */
      delete() {
        finalizer2?.unregister(this);
        C._ts_tree_delete(this[0]);
        this[0] = 0;
      }
      /** Get the root node of the syntax tree. */
      get rootNode() {
        C._ts_tree_root_node_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Get the root node of the syntax tree, but with its position shifted
       * forward by the given offset.
       */
      rootNodeWithOffset(offsetBytes, offsetExtent) {
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, offsetBytes, "i32");
        marshalPoint(address + SIZE_OF_INT, offsetExtent);
        C._ts_tree_root_node_with_offset_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Edit the syntax tree to keep it in sync with source code that has been
       * edited.
       *
       * You must describe the edit both in terms of byte offsets and in terms of
       * row/column coordinates.
       */
      edit(edit) {
        marshalEdit(edit);
        C._ts_tree_edit_wasm(this[0]);
      }
      /** Create a new {@link TreeCursor} starting from the root of the tree. */
      walk() {
        return this.rootNode.walk();
      }
      /**
       * Compare this old edited syntax tree to a new syntax tree representing
       * the same document, returning a sequence of ranges whose syntactic
       * structure has changed.
       *
       * For this to work correctly, this syntax tree must have been edited such
       * that its ranges match up to the new tree. Generally, you'll want to
       * call this method right after calling one of the [`Parser::parse`]
       * functions. Call it on the old tree that was passed to parse, and
       * pass the new tree that was returned from `parse`.
       */
      getChangedRanges(other) {
        if (!(other instanceof _Tree)) {
          throw new TypeError("Argument must be a Tree");
        }
        C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the included ranges that were used to parse the syntax tree. */
      getIncludedRanges() {
        C._ts_tree_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
    };
    finalizer3 = newFinalizer((handles) => {
      marshalTreeCursor({ handles });
      C._ts_tree_cursor_delete_wasm(0);
    });
    TreeCursor = class _TreeCursor {
      static {
        __name(this, "TreeCursor");
      }
      /** @internal */
      handles = [0, 0, 0, 0];
      // Internal handles for Wasm, shared with the finalizer.
      /** @internal */
      tree;
      /** @internal */
      constructor(internal, tree) {
        assertInternal(internal);
        this.tree = tree;
        unmarshalTreeCursor(this);
        finalizer3?.register(this, this.handles, this);
      }
      /** Creates a deep copy of the tree cursor. This allocates new memory. */
      copy() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_copy_wasm(this.tree[0]);
        return new _TreeCursor(INTERNAL, this.tree);
      }
      /** Delete the tree cursor, freeing its resources. */
      delete() {
        finalizer3?.unregister(this);
        marshalTreeCursor(this);
        C._ts_tree_cursor_delete_wasm(this.tree[0]);
        this.handles.fill(0);
      }
      /** Get the tree cursor's current {@link Node}. */
      get currentNode() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_current_node_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the numerical field id of this tree cursor's current node.
       *
       * See also {@link TreeCursor#currentFieldName}.
       */
      get currentFieldId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
      }
      /** Get the field name of this tree cursor's current node. */
      get currentFieldName() {
        return this.tree.language.fields[this.currentFieldId];
      }
      /**
       * Get the depth of the cursor's current node relative to the original
       * node that the cursor was constructed with.
       */
      get currentDepth() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
      }
      /**
       * Get the index of the cursor's current node out of all of the
       * descendants of the original node that the cursor was constructed with.
       */
      get currentDescendantIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
      }
      /** Get the type of the cursor's current node. */
      get nodeType() {
        return this.tree.language.types[this.nodeTypeId] || "ERROR";
      }
      /** Get the type id of the cursor's current node. */
      get nodeTypeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
      }
      /** Get the state id of the cursor's current node. */
      get nodeStateId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
      }
      /** Get the id of the cursor's current node. */
      get nodeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
      }
      /**
       * Check if the cursor's current node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get nodeIsNamed() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if the cursor's current node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get nodeIsMissing() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Get the string content of the cursor's current node. */
      get nodeText() {
        marshalTreeCursor(this);
        const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
        const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        const startPosition = unmarshalPoint(TRANSFER_BUFFER);
        return getText(this.tree, startIndex, endIndex, startPosition);
      }
      /** Get the start position of the cursor's current node. */
      get startPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the end position of the cursor's current node. */
      get endPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_end_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the start index of the cursor's current node. */
      get startIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
      }
      /** Get the end index of the cursor's current node. */
      get endIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
      }
      /**
       * Move this cursor to the first child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       */
      gotoFirstChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the last child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoFirstChild} because it needs to
       * iterate through all the children to compute the child's position.
       */
      gotoLastChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the parent of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no parent node (the cursor was already on the
       * root node).
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoParent() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the next sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no next sibling node.
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoNextSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the previous sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no previous sibling node.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoNextSibling} due to how node
       * positions are stored. In the worst case, this will need to iterate
       * through all the children up to the previous sibling node to recalculate
       * its position. Also note that the node the cursor was constructed with is
       * considered the root of the cursor, and the cursor cannot walk outside this node.
       */
      gotoPreviousSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move the cursor to the node that is the nth descendant of
       * the original node that the cursor was constructed with, where
       * zero represents the original node itself.
       */
      gotoDescendant(goalDescendantIndex) {
        marshalTreeCursor(this);
        C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
        unmarshalTreeCursor(this);
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns `true` if the cursor successfully moved to a child node, and returns
       * `false` if no such child was found.
       */
      gotoFirstChildForIndex(goalIndex) {
        marshalTreeCursor(this);
        C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
        const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given position.
       *
       * This returns `true` if the cursor successfully moved to a child node, and returns
       * `false` if no such child was found.
       */
      gotoFirstChildForPosition(goalPosition) {
        marshalTreeCursor(this);
        marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
        const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Re-initialize this tree cursor to start at the original node that the
       * cursor was constructed with.
       */
      reset(node) {
        marshalNode(node);
        marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
        C._ts_tree_cursor_reset_wasm(node.tree[0]);
        unmarshalTreeCursor(this);
        this.tree = node.tree;
      }
      /**
       * Re-initialize a tree cursor to the same position as another cursor.
       *
       * Unlike {@link TreeCursor#reset}, this will not lose parent
       * information and allows reusing already created cursors.
       */
      resetTo(cursor) {
        marshalTreeCursor(this, TRANSFER_BUFFER);
        marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
        C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
        unmarshalTreeCursor(this);
        this.tree = cursor.tree;
      }
    };
    Node = class {
      static {
        __name(this, "Node");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      _children;
      /** @internal */
      _namedChildren;
      /** @internal */
      constructor(internal, {
        id,
        tree,
        startIndex,
        startPosition,
        other
      }) {
        assertInternal(internal);
        this[0] = other;
        this.id = id;
        this.tree = tree;
        this.startIndex = startIndex;
        this.startPosition = startPosition;
      }
      /**
       * The numeric id for this node that is unique.
       *
       * Within a given syntax tree, no two nodes have the same id. However:
       *
       * * If a new tree is created based on an older tree, and a node from the old tree is reused in
       *   the process, then that node will have the same id in both trees.
       *
       * * A node not marked as having changes does not guarantee it was reused.
       *
       * * If a node is marked as having changed in the old tree, it will not be reused.
       */
      id;
      /** The byte index where this node starts. */
      startIndex;
      /** The position where this node starts. */
      startPosition;
      /** The tree that this node belongs to. */
      tree;
      /** Get this node's type as a numerical id. */
      get typeId() {
        marshalNode(this);
        return C._ts_node_symbol_wasm(this.tree[0]);
      }
      /**
       * Get the node's type as a numerical id as it appears in the grammar,
       * ignoring aliases.
       */
      get grammarId() {
        marshalNode(this);
        return C._ts_node_grammar_symbol_wasm(this.tree[0]);
      }
      /** Get this node's type as a string. */
      get type() {
        return this.tree.language.types[this.typeId] || "ERROR";
      }
      /**
       * Get this node's symbol name as it appears in the grammar, ignoring
       * aliases as a string.
       */
      get grammarType() {
        return this.tree.language.types[this.grammarId] || "ERROR";
      }
      /**
       * Check if this node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get isNamed() {
        marshalNode(this);
        return C._ts_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *extra*.
       *
       * Extra nodes represent things like comments, which are not required
       * by the grammar, but can appear anywhere.
       */
      get isExtra() {
        marshalNode(this);
        return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error.
       *
       * Syntax errors represent parts of the code that could not be incorporated
       * into a valid syntax tree.
       */
      get isError() {
        marshalNode(this);
        return C._ts_node_is_error_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get isMissing() {
        marshalNode(this);
        return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Check if this node has been edited. */
      get hasChanges() {
        marshalNode(this);
        return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error or contains any syntax
       * errors anywhere within it.
       */
      get hasError() {
        marshalNode(this);
        return C._ts_node_has_error_wasm(this.tree[0]) === 1;
      }
      /** Get the byte index where this node ends. */
      get endIndex() {
        marshalNode(this);
        return C._ts_node_end_index_wasm(this.tree[0]);
      }
      /** Get the position where this node ends. */
      get endPosition() {
        marshalNode(this);
        C._ts_node_end_point_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the string content of this node. */
      get text() {
        return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
      }
      /** Get this node's parse state. */
      get parseState() {
        marshalNode(this);
        return C._ts_node_parse_state_wasm(this.tree[0]);
      }
      /** Get the parse state after this node. */
      get nextParseState() {
        marshalNode(this);
        return C._ts_node_next_parse_state_wasm(this.tree[0]);
      }
      /** Check if this node is equal to another node. */
      equals(other) {
        return this.tree === other.tree && this.id === other.id;
      }
      /**
       * Get the node's child at the given index, where zero represents the first child.
       *
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#children} instead.
       */
      child(index) {
        marshalNode(this);
        C._ts_node_child_wasm(this.tree[0], index);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's *named* child at the given index.
       *
       * See also {@link Node#isNamed}.
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#namedChildren} instead.
       */
      namedChild(index) {
        marshalNode(this);
        C._ts_node_named_child_wasm(this.tree[0], index);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's child with the given numerical field id.
       *
       * See also {@link Node#childForFieldName}. You can
       * convert a field name to an id using {@link Language#fieldIdForName}.
       */
      childForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the first child with the given field name.
       *
       * If multiple children may have the same field name, access them using
       * {@link Node#childrenForFieldName}.
       */
      childForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1) return this.childForFieldId(fieldId);
        return null;
      }
      /** Get the field name of this node's child at the given index. */
      fieldNameForChild(index) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /** Get the field name of this node's named child at the given index. */
      fieldNameForNamedChild(index) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /**
       * Get an array of this node's children with a given field name.
       *
       * See also {@link Node#children}.
       */
      childrenForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
        return [];
      }
      /**
        * Get an array of this node's children with a given field id.
        *
        * See also {@link Node#childrenForFieldName}.
        */
      childrenForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the node's first child that contains or starts after the given byte offset. */
      firstChildForIndex(index) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, index, "i32");
        C._ts_node_first_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's first named child that contains or starts after the given byte offset. */
      firstNamedChildForIndex(index) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, index, "i32");
        C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's number of children. */
      get childCount() {
        marshalNode(this);
        return C._ts_node_child_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's number of *named* children.
       *
       * See also {@link Node#isNamed}.
       */
      get namedChildCount() {
        marshalNode(this);
        return C._ts_node_named_child_count_wasm(this.tree[0]);
      }
      /** Get this node's first child. */
      get firstChild() {
        return this.child(0);
      }
      /**
       * Get this node's first named child.
       *
       * See also {@link Node#isNamed}.
       */
      get firstNamedChild() {
        return this.namedChild(0);
      }
      /** Get this node's last child. */
      get lastChild() {
        return this.child(this.childCount - 1);
      }
      /**
       * Get this node's last named child.
       *
       * See also {@link Node#isNamed}.
       */
      get lastNamedChild() {
        return this.namedChild(this.namedChildCount - 1);
      }
      /**
       * Iterate over this node's children.
       *
       * If you're walking the tree recursively, you may want to use the
       * {@link TreeCursor} APIs directly instead.
       */
      get children() {
        if (!this._children) {
          marshalNode(this);
          C._ts_node_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._children = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._children[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._children;
      }
      /**
       * Iterate over this node's named children.
       *
       * See also {@link Node#children}.
       */
      get namedChildren() {
        if (!this._namedChildren) {
          marshalNode(this);
          C._ts_node_named_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._namedChildren = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._namedChildren[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._namedChildren;
      }
      /**
       * Get the descendants of this node that are the given type, or in the given types array.
       *
       * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
       *
       * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
       */
      descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
        if (!Array.isArray(types)) types = [types];
        const symbols = [];
        const typesBySymbol = this.tree.language.types;
        for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
          if (types.includes(typesBySymbol[i2])) {
            symbols.push(i2);
          }
        }
        if (types.includes("ERROR")) {
          symbols.push(65535);
        }
        const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
        for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
          C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
        }
        marshalNode(this);
        C._ts_node_descendants_of_type_wasm(
          this.tree[0],
          symbolsAddress,
          symbols.length,
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column
        );
        const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
        const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(descendantCount);
        if (descendantCount > 0) {
          let address = descendantAddress;
          for (let i2 = 0; i2 < descendantCount; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
        }
        C._free(descendantAddress);
        C._free(symbolsAddress);
        return result;
      }
      /** Get this node's next sibling. */
      get nextSibling() {
        marshalNode(this);
        C._ts_node_next_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's previous sibling. */
      get previousSibling() {
        marshalNode(this);
        C._ts_node_prev_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's next *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get nextNamedSibling() {
        marshalNode(this);
        C._ts_node_next_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's previous *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get previousNamedSibling() {
        marshalNode(this);
        C._ts_node_prev_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's number of descendants, including one for the node itself. */
      get descendantCount() {
        marshalNode(this);
        return C._ts_node_descendant_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's immediate parent.
       * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
       */
      get parent() {
        marshalNode(this);
        C._ts_node_parent_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the node that contains `descendant`.
       *
       * Note that this can return `descendant` itself.
       */
      childWithDescendant(descendant) {
        marshalNode(this);
        marshalNode(descendant, 1);
        C._ts_node_child_with_descendant_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given byte range. */
      descendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, start2, "i32");
        C.setValue(address + SIZE_OF_INT, end, "i32");
        C._ts_node_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given byte range. */
      namedDescendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, start2, "i32");
        C.setValue(address + SIZE_OF_INT, end, "i32");
        C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given point range. */
      descendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given point range. */
      namedDescendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Create a new {@link TreeCursor} starting from this node.
       *
       * Note that the given node is considered the root of the cursor,
       * and the cursor cannot walk outside this node.
       */
      walk() {
        marshalNode(this);
        C._ts_tree_cursor_new_wasm(this.tree[0]);
        return new TreeCursor(INTERNAL, this.tree);
      }
      /**
       * Edit this node to keep it in-sync with source code that has been edited.
       *
       * This function is only rarely needed. When you edit a syntax tree with
       * the {@link Tree#edit} method, all of the nodes that you retrieve from
       * the tree afterward will already reflect the edit. You only need to
       * use {@link Node#edit} when you have a specific {@link Node} instance that
       * you want to keep and continue to use after an edit.
       */
      edit(edit) {
        const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
        this.startPosition = point;
        this.startIndex = index;
      }
      /** Get the S-expression representation of this node. */
      toString() {
        marshalNode(this);
        const address = C._ts_node_to_string_wasm(this.tree[0]);
        const result = C.AsciiToString(address);
        C._free(address);
        return result;
      }
    };
    __name(unmarshalCaptures, "unmarshalCaptures");
    __name(marshalNode, "marshalNode");
    __name(unmarshalNode, "unmarshalNode");
    __name(marshalTreeCursor, "marshalTreeCursor");
    __name(unmarshalTreeCursor, "unmarshalTreeCursor");
    __name(marshalPoint, "marshalPoint");
    __name(unmarshalPoint, "unmarshalPoint");
    __name(marshalRange, "marshalRange");
    __name(unmarshalRange, "unmarshalRange");
    __name(marshalEdit, "marshalEdit");
    __name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
    LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
    Language = class _Language {
      static {
        __name(this, "Language");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /**
       * A list of all node types in the language. The index of each type in this
       * array is its node type id.
       */
      types;
      /**
       * A list of all field names in the language. The index of each field name in
       * this array is its field id.
       */
      fields;
      /** @internal */
      constructor(internal, address) {
        assertInternal(internal);
        this[0] = address;
        this.types = new Array(C._ts_language_symbol_count(this[0]));
        for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
          if (C._ts_language_symbol_type(this[0], i2) < 2) {
            this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
          }
        }
        this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
        for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
          const fieldName = C._ts_language_field_name_for_id(this[0], i2);
          if (fieldName !== 0) {
            this.fields[i2] = C.UTF8ToString(fieldName);
          } else {
            this.fields[i2] = null;
          }
        }
      }
      /**
       * Gets the name of the language.
       */
      get name() {
        const ptr = C._ts_language_name(this[0]);
        if (ptr === 0) return null;
        return C.UTF8ToString(ptr);
      }
      /**
       * Gets the ABI version of the language.
       */
      get abiVersion() {
        return C._ts_language_abi_version(this[0]);
      }
      /**
      * Get the metadata for this language. This information is generated by the
      * CLI, and relies on the language author providing the correct metadata in
      * the language's `tree-sitter.json` file.
      */
      get metadata() {
        C._ts_language_metadata_wasm(this[0]);
        const length = C.getValue(TRANSFER_BUFFER, "i32");
        if (length === 0) return null;
        return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
      }
      /**
       * Gets the number of fields in the language.
       */
      get fieldCount() {
        return this.fields.length - 1;
      }
      /**
       * Gets the number of states in the language.
       */
      get stateCount() {
        return C._ts_language_state_count(this[0]);
      }
      /**
       * Get the field id for a field name.
       */
      fieldIdForName(fieldName) {
        const result = this.fields.indexOf(fieldName);
        return result !== -1 ? result : null;
      }
      /**
       * Get the field name for a field id.
       */
      fieldNameForId(fieldId) {
        return this.fields[fieldId] ?? null;
      }
      /**
       * Get the node type id for a node type name.
       */
      idForNodeType(type, named) {
        const typeLength = C.lengthBytesUTF8(type);
        const typeAddress = C._malloc(typeLength + 1);
        C.stringToUTF8(type, typeAddress, typeLength + 1);
        const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
        C._free(typeAddress);
        return result || null;
      }
      /**
       * Gets the number of node types in the language.
       */
      get nodeTypeCount() {
        return C._ts_language_symbol_count(this[0]);
      }
      /**
       * Get the node type name for a node type id.
       */
      nodeTypeForId(typeId) {
        const name2 = C._ts_language_symbol_name(this[0], typeId);
        return name2 ? C.UTF8ToString(name2) : null;
      }
      /**
       * Check if a node type is named.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
       */
      nodeTypeIsNamed(typeId) {
        return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Check if a node type is visible.
       */
      nodeTypeIsVisible(typeId) {
        return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Get the supertypes ids of this language.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
       */
      get supertypes() {
        C._ts_language_supertypes_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the subtype ids for a given supertype node id.
       */
      subtypes(supertype) {
        C._ts_language_subtypes_wasm(this[0], supertype);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the next state id for a given state id and node type id.
       */
      nextState(stateId, typeId) {
        return C._ts_language_next_state(this[0], stateId, typeId);
      }
      /**
       * Create a new lookahead iterator for this language and parse state.
       *
       * This returns `null` if state is invalid for this language.
       *
       * Iterating {@link LookaheadIterator} will yield valid symbols in the given
       * parse state. A newly created iterator is not positioned on a symbol, so
       * {@link LookaheadIterator#currentType} returns `null` until the first
       * iteration step.
       *
       * Lookahead iterators can be useful for generating suggestions and improving
       * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
       * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
       * lookahead iterator created on the previous non-extra leaf node may be
       * appropriate.
       */
      lookaheadIterator(stateId) {
        const address = C._ts_lookahead_iterator_new(this[0], stateId);
        if (address) return new LookaheadIterator(INTERNAL, address, this);
        return null;
      }
      /**
       * Load a language from a WebAssembly module.
       * The module can be provided as a path to a file, a `URL` to a file, or as a
       * buffer.
       */
      static async load(input) {
        let binary2;
        if (input instanceof Uint8Array) {
          binary2 = input;
        } else if (globalThis.process?.versions.node) {
          const fs2 = await import("fs/promises");
          binary2 = await fs2.readFile(input);
        } else {
          const response = await fetch(input);
          if (!response.ok) {
            const body2 = await response.text();
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
          const retryResp = response.clone();
          try {
            binary2 = await WebAssembly.compileStreaming(response);
          } catch (reason) {
            console.error("wasm streaming compile failed:", reason);
            console.error("falling back to ArrayBuffer instantiation");
            binary2 = new Uint8Array(await retryResp.arrayBuffer());
          }
        }
        const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
        return _Language.loadFromWasmExports(mod, { sync: false });
      }
      static loadFromWasmExports(mod, { sync }) {
        const symbolNames = Object.keys(mod);
        const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
        if (!functionName) {
          console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
          throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
        }
        const languageAddress = mod[functionName]();
        return new _Language(INTERNAL, languageAddress);
      }
      /**
       * Load a language synchronously from a pre-compiled WebAssembly module.
       * Use this when the host environment provides a `WebAssembly.Module` directly.
       */
      static loadSync(wasmModule) {
        const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
        return _Language.loadFromWasmExports(mod, { sync: true });
      }
    };
    __name(Module2, "Module");
    web_tree_sitter_default = Module2;
    Module3 = null;
    __name(initializeBinding, "initializeBinding");
    __name(checkModule, "checkModule");
    finalizer4 = newFinalizer((addresses) => {
      C._ts_parser_delete(addresses[0]);
      C._free(addresses[1]);
    });
    Parser = class {
      static {
        __name(this, "Parser");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      [1] = 0;
      // Internal handle for Wasm
      /** @internal */
      logCallback = null;
      /** The parser's current language. */
      language = null;
      /**
       * This must always be called before creating a Parser.
       *
       * You can optionally pass in options to configure the Wasm module, the most common
       * one being `locateFile` to help the module find the `.wasm` file.
       */
      static async init(moduleOptions) {
        setModule(await initializeBinding(moduleOptions));
        TRANSFER_BUFFER = C._ts_init();
        LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
        MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /**
       * Create a new parser.
       */
      constructor() {
        this.initialize();
        finalizer4?.register(this, [this[0], this[1]], this);
      }
      /** @internal */
      initialize() {
        if (!checkModule()) {
          throw new Error("cannot construct a Parser before calling `init()`");
        }
        C._ts_parser_new_wasm();
        this[0] = C.getValue(TRANSFER_BUFFER, "i32");
        this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /** Delete the parser, freeing its resources. */
      delete() {
        finalizer4?.unregister(this);
        C._ts_parser_delete(this[0]);
        C._free(this[1]);
        this[0] = 0;
        this[1] = 0;
      }
      /**
       * Set the language that the parser should use for parsing.
       *
       * If the language was not successfully assigned, an error will be thrown.
       * This happens if the language was generated with an incompatible
       * version of the Tree-sitter CLI. Check the language's version using
       * {@link Language#version} and compare it to this library's
       * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
       */
      setLanguage(language) {
        let address;
        if (!language) {
          address = 0;
          this.language = null;
        } else if (language.constructor === Language) {
          address = language[0];
          const version = C._ts_language_abi_version(address);
          if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
            throw new Error(
              `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
            );
          }
          this.language = language;
        } else {
          throw new Error("Argument must be a Language");
        }
        C._ts_parser_set_language(this[0], address);
        return this;
      }
      /**
       * Parse a slice of UTF8 text.
       *
       * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
       *
       * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
       *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
       *   the new text using {@link Tree#edit}.
       *
       * @param {ParseOptions} [options] - Options for parsing the text.
       *  This can be used to set the included ranges, or a progress callback.
       *
       * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
       *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
       *  - The progress callback returned true.
       */
      parse(callback, oldTree, options2) {
        if (typeof callback === "string") {
          C.currentParseCallback = (index) => callback.slice(index);
        } else if (typeof callback === "function") {
          C.currentParseCallback = callback;
        } else {
          throw new Error("Argument must be a string or a function");
        }
        if (options2?.progressCallback) {
          C.currentProgressCallback = options2.progressCallback;
        } else {
          C.currentProgressCallback = null;
        }
        if (this.logCallback) {
          C.currentLogCallback = this.logCallback;
          C._ts_parser_enable_logger_wasm(this[0], 1);
        } else {
          C.currentLogCallback = null;
          C._ts_parser_enable_logger_wasm(this[0], 0);
        }
        let rangeCount = 0;
        let rangeAddress = 0;
        if (options2?.includedRanges) {
          rangeCount = options2.includedRanges.length;
          rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
          let address = rangeAddress;
          for (let i2 = 0; i2 < rangeCount; i2++) {
            marshalRange(address, options2.includedRanges[i2]);
            address += SIZE_OF_RANGE;
          }
        }
        const treeAddress = C._ts_parser_parse_wasm(
          this[0],
          this[1],
          oldTree ? oldTree[0] : 0,
          rangeAddress,
          rangeCount
        );
        if (!treeAddress) {
          C.currentParseCallback = null;
          C.currentLogCallback = null;
          C.currentProgressCallback = null;
          return null;
        }
        if (!this.language) {
          throw new Error("Parser must have a language to parse");
        }
        const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
        C.currentParseCallback = null;
        C.currentLogCallback = null;
        C.currentProgressCallback = null;
        return result;
      }
      /**
       * Instruct the parser to start the next parse from the beginning.
       *
       * If the parser previously failed because of a callback, 
       * then by default, it will resume where it left off on the
       * next call to {@link Parser#parse} or other parsing functions.
       * If you don't want to resume, and instead intend to use this parser to
       * parse some other document, you must call `reset` first.
       */
      reset() {
        C._ts_parser_reset(this[0]);
      }
      /** Get the ranges of text that the parser will include when parsing. */
      getIncludedRanges() {
        C._ts_parser_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Set the logging callback that a parser should use during parsing. */
      setLogger(callback) {
        if (!callback) {
          this.logCallback = null;
        } else if (typeof callback !== "function") {
          throw new Error("Logger callback must be a function");
        } else {
          this.logCallback = callback;
        }
        return this;
      }
      /** Get the parser's current logger. */
      getLogger() {
        return this.logCallback;
      }
    };
    PREDICATE_STEP_TYPE_CAPTURE = 1;
    PREDICATE_STEP_TYPE_STRING = 2;
    QUERY_WORD_REGEX = /[\w-]+/g;
    CaptureQuantifier = {
      Zero: 0,
      ZeroOrOne: 1,
      ZeroOrMore: 2,
      One: 3,
      OneOrMore: 4
    };
    isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
    isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
    QueryErrorKind = {
      Syntax: 1,
      NodeName: 2,
      FieldName: 3,
      CaptureName: 4,
      PatternStructure: 5
    };
    QueryError = class _QueryError extends Error {
      constructor(kind, info2, index, length) {
        super(_QueryError.formatMessage(kind, info2));
        this.kind = kind;
        this.info = info2;
        this.index = index;
        this.length = length;
        this.name = "QueryError";
      }
      kind;
      info;
      index;
      length;
      static {
        __name(this, "QueryError");
      }
      /** Formats an error message based on the error kind and info */
      static formatMessage(kind, info2) {
        switch (kind) {
          case QueryErrorKind.NodeName:
            return `Bad node name '${info2.word}'`;
          case QueryErrorKind.FieldName:
            return `Bad field name '${info2.word}'`;
          case QueryErrorKind.CaptureName:
            return `Bad capture name @${info2.word}`;
          case QueryErrorKind.PatternStructure:
            return `Bad pattern structure at offset ${info2.suffix}`;
          case QueryErrorKind.Syntax:
            return `Bad syntax at offset ${info2.suffix}`;
        }
      }
    };
    __name(parseAnyPredicate, "parseAnyPredicate");
    __name(parseMatchPredicate, "parseMatchPredicate");
    __name(parseAnyOfPredicate, "parseAnyOfPredicate");
    __name(parseIsPredicate, "parseIsPredicate");
    __name(parseSetDirective, "parseSetDirective");
    __name(parsePattern, "parsePattern");
    __name(indexForByteOffset, "indexForByteOffset");
    finalizer5 = newFinalizer((address) => {
      C._ts_query_delete(address);
    });
    Query = class {
      static {
        __name(this, "Query");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      exceededMatchLimit;
      /** @internal */
      textPredicates;
      /** @internal */
      source;
      /** The names of the captures used in the query. */
      captureNames;
      /** The quantifiers of the captures used in the query. */
      captureQuantifiers;
      /**
       * The other user-defined predicates associated with the given index.
       *
       * This includes predicates with operators other than:
       * - `match?`
       * - `eq?` and `not-eq?`
       * - `any-of?` and `not-any-of?`
       * - `is?` and `is-not?`
       * - `set!`
       */
      predicates;
      /** The properties for predicates with the operator `set!`. */
      setProperties;
      /** The properties for predicates with the operator `is?`. */
      assertedProperties;
      /** The properties for predicates with the operator `is-not?`. */
      refutedProperties;
      /** The maximum number of in-progress matches for this cursor. */
      matchLimit;
      /**
       * Create a new query from a string containing one or more S-expression
       * patterns.
       *
       * The query is associated with a particular language, and can only be run
       * on syntax nodes parsed with that language. References to Queries can be
       * shared between multiple threads.
       *
       * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
       */
      constructor(language, source) {
        const sourceLength = C.lengthBytesUTF8(source);
        const sourceAddress = C._malloc(sourceLength + 1);
        C.stringToUTF8(source, sourceAddress, sourceLength + 1);
        const address = C._ts_query_new(
          language[0],
          sourceAddress,
          sourceLength,
          TRANSFER_BUFFER,
          TRANSFER_BUFFER + SIZE_OF_INT
        );
        if (!address) {
          const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
          const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
          const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
          const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
          C._free(sourceAddress);
          switch (errorId) {
            case QueryErrorKind.Syntax:
              throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
            case QueryErrorKind.NodeName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.FieldName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.CaptureName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.PatternStructure:
              throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
          }
        }
        const stringCount = C._ts_query_string_count(address);
        const captureCount = C._ts_query_capture_count(address);
        const patternCount = C._ts_query_pattern_count(address);
        const captureNames = new Array(captureCount);
        const captureQuantifiers = new Array(patternCount);
        const stringValues = new Array(stringCount);
        for (let i2 = 0; i2 < captureCount; i2++) {
          const nameAddress = C._ts_query_capture_name_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
        }
        for (let i2 = 0; i2 < patternCount; i2++) {
          const captureQuantifiersArray = new Array(captureCount);
          for (let j = 0; j < captureCount; j++) {
            const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
            captureQuantifiersArray[j] = quantifier;
          }
          captureQuantifiers[i2] = captureQuantifiersArray;
        }
        for (let i2 = 0; i2 < stringCount; i2++) {
          const valueAddress = C._ts_query_string_value_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
        }
        const setProperties = new Array(patternCount);
        const assertedProperties = new Array(patternCount);
        const refutedProperties = new Array(patternCount);
        const predicates = new Array(patternCount);
        const textPredicates = new Array(patternCount);
        for (let i2 = 0; i2 < patternCount; i2++) {
          const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
          const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
          predicates[i2] = [];
          textPredicates[i2] = [];
          const steps = new Array();
          let stepAddress = predicatesAddress;
          for (let j = 0; j < stepCount; j++) {
            const stepType = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            const stepValueId = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            parsePattern(
              i2,
              stepType,
              stepValueId,
              captureNames,
              stringValues,
              steps,
              textPredicates,
              predicates,
              setProperties,
              assertedProperties,
              refutedProperties
            );
          }
          Object.freeze(textPredicates[i2]);
          Object.freeze(predicates[i2]);
          Object.freeze(setProperties[i2]);
          Object.freeze(assertedProperties[i2]);
          Object.freeze(refutedProperties[i2]);
        }
        C._free(sourceAddress);
        this[0] = address;
        this.captureNames = captureNames;
        this.captureQuantifiers = captureQuantifiers;
        this.textPredicates = textPredicates;
        this.source = source;
        this.predicates = predicates;
        this.setProperties = setProperties;
        this.assertedProperties = assertedProperties;
        this.refutedProperties = refutedProperties;
        this.exceededMatchLimit = false;
        finalizer5?.register(this, address, this);
      }
      /** Delete the query, freeing its resources. */
      delete() {
        finalizer5?.unregister(this);
        C._ts_query_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Iterate over all of the matches in the order that they were found.
       *
       * Each match contains the index of the pattern that matched, and a list of
       * captures. Because multiple patterns can match the same set of nodes,
       * one match may contain captures that appear *before* some of the
       * captures from a previous match.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      matches(node, options2 = {}) {
        const startPosition = options2.startPosition ?? ZERO_POINT;
        const endPosition = options2.endPosition ?? ZERO_POINT;
        const startIndex = options2.startIndex ?? 0;
        const endIndex = options2.endIndex ?? 0;
        const startContainingPosition = options2.startContainingPosition ?? ZERO_POINT;
        const endContainingPosition = options2.endContainingPosition ?? ZERO_POINT;
        const startContainingIndex = options2.startContainingIndex ?? 0;
        const endContainingIndex = options2.endContainingIndex ?? 0;
        const matchLimit = options2.matchLimit ?? 4294967295;
        const maxStartDepth = options2.maxStartDepth ?? 4294967295;
        const progressCallback = options2.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
          throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
        }
        if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
          throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_matches_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          startContainingPosition.row,
          startContainingPosition.column,
          endContainingPosition.row,
          endContainingPosition.column,
          startContainingIndex,
          endContainingIndex,
          matchLimit,
          maxStartDepth
        );
        const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array(rawCount);
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        let filteredCount = 0;
        let address = startAddress;
        for (let i2 = 0; i2 < rawCount; i2++) {
          const patternIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureCount = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captures = new Array(captureCount);
          address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            result[filteredCount] = { patternIndex, captures };
            const setProperties = this.setProperties[patternIndex];
            result[filteredCount].setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            result[filteredCount].assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            result[filteredCount].refutedProperties = refutedProperties;
            filteredCount++;
          }
        }
        result.length = filteredCount;
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /**
       * Iterate over all of the individual captures in the order that they
       * appear.
       *
       * This is useful if you don't care about which pattern matched, and just
       * want a single, ordered sequence of captures.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      captures(node, options2 = {}) {
        const startPosition = options2.startPosition ?? ZERO_POINT;
        const endPosition = options2.endPosition ?? ZERO_POINT;
        const startIndex = options2.startIndex ?? 0;
        const endIndex = options2.endIndex ?? 0;
        const startContainingPosition = options2.startContainingPosition ?? ZERO_POINT;
        const endContainingPosition = options2.endContainingPosition ?? ZERO_POINT;
        const startContainingIndex = options2.startContainingIndex ?? 0;
        const endContainingIndex = options2.endContainingIndex ?? 0;
        const matchLimit = options2.matchLimit ?? 4294967295;
        const maxStartDepth = options2.maxStartDepth ?? 4294967295;
        const progressCallback = options2.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
          throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
        }
        if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
          throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_captures_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          startContainingPosition.row,
          startContainingPosition.column,
          endContainingPosition.row,
          endContainingPosition.column,
          startContainingIndex,
          endContainingIndex,
          matchLimit,
          maxStartDepth
        );
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array();
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        const captures = new Array();
        let address = startAddress;
        for (let i2 = 0; i2 < count; i2++) {
          const patternIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureCount = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          captures.length = captureCount;
          address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            const capture = captures[captureIndex];
            const setProperties = this.setProperties[patternIndex];
            capture.setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            capture.assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            capture.refutedProperties = refutedProperties;
            result.push(capture);
          }
        }
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /** Get the predicates for a given pattern. */
      predicatesForPattern(patternIndex) {
        return this.predicates[patternIndex];
      }
      /**
       * Disable a certain capture within a query.
       *
       * This prevents the capture from being returned in matches, and also
       * avoids any resource usage associated with recording the capture.
       */
      disableCapture(captureName) {
        const captureNameLength = C.lengthBytesUTF8(captureName);
        const captureNameAddress = C._malloc(captureNameLength + 1);
        C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
        C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
        C._free(captureNameAddress);
      }
      /**
       * Disable a certain pattern within a query.
       *
       * This prevents the pattern from matching, and also avoids any resource
       * usage associated with the pattern. This throws an error if the pattern
       * index is out of bounds.
       */
      disablePattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        C._ts_query_disable_pattern(this[0], patternIndex);
      }
      /**
       * Check if, on its last execution, this cursor exceeded its maximum number
       * of in-progress matches.
       */
      didExceedMatchLimit() {
        return this.exceededMatchLimit;
      }
      /** Get the index where the given pattern starts in the query's source. */
      startIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
        return indexForByteOffset(this.source, byteOffset);
      }
      /** Get the index where the given pattern ends in the query's source. */
      endIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
        return indexForByteOffset(this.source, byteOffset);
      }
      /** Get the number of patterns in the query. */
      patternCount() {
        return C._ts_query_pattern_count(this[0]);
      }
      /** Get the index for a given capture name. */
      captureIndexForName(captureName) {
        return this.captureNames.indexOf(captureName);
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternRooted(patternIndex) {
        return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternNonLocal(patternIndex) {
        return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
      }
      /**
       * Check if the step at the given index in the query's source is 'definite'.
       *
       * A query step is 'definite' if its parent pattern will be guaranteed to
       * match successfully once it reaches the step.
       */
      isPatternGuaranteedAtStep(index) {
        const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
        return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
      }
    };
  }
});

// src/extract/extract-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/extract/file-extractor.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// src/config/build-info.ts
var embedded;
function embeddedBuildInfo() {
  if (embedded === void 0) embedded = true ? JSON.parse('{"grammar":"tree-sitter-python@0.25.0","duckdb":"@duckdb/node-api@1.5.6-r.1","duckdbNative":{"darwin-arm64":{"version":"1.5.6-r.1","integrity":"sha512-KFT/J/pyouuAD1jftAIfcWVRdorg+c/yVR/BJL8LJKrST+mYC4d7QSuQ+iXSYbFpHENUAeZUagXrMPtZT8Xzsg=="},"darwin-x64":{"version":"1.5.6-r.1","integrity":"sha512-tVwUZNvdQoaPJhrh3q2e6jxm1MhahNHJQK/pvCyco46NX0mEuGzlw9i0n2MArgsyzccdCwScOK9ctbyr+3oMbQ=="},"linux-arm64":{"version":"1.5.6-r.1","integrity":"sha512-3jnUaDil1BrF/6vAZwVaInJ1xoBaWGHB4PDiUnzJWKCo8a8TLx9j7/gPyPl/UGRBftrYIuTihRZSfF4mWMgtWA=="},"linux-arm64-musl":{"version":"1.5.6-r.1","integrity":"sha512-j6dcNLWnFvlQyKMtl36HyeDsOaetXFoj0dH21Q9MbLjABNuJs5ekDV6zMSEda/g5+z1Tm6r2KFOS8j3tGUCRiw=="},"linux-x64":{"version":"1.5.6-r.1","integrity":"sha512-IXcrZJE6kEqM0Z4wwdVnGBHX/frOS33VPNAwDXQ/Q+Fs84b058Qe94chrCCIcNJlG8Y3UHIUU4eBeCQxW5mN1Q=="},"linux-x64-musl":{"version":"1.5.6-r.1","integrity":"sha512-PVzIEZqp7QN07WBgjmIH0cK2GKXR735KmL6wnghTzRnhHWrePxx3MjZB9zZHI8tB73wdF8luarBm4EgqSjGyVA=="},"win32-arm64":{"version":"1.5.6-r.1","integrity":"sha512-nzNTZx9rus5QpuX+KH6UOPNeZp8yF25TxV6DiUly4RKgR5mu6xo8c7a7lS80AqxTJfJ9BwUIiqlCuYKWztRM5A=="},"win32-x64":{"version":"1.5.6-r.1","integrity":"sha512-5Rpn5WXEG5gY/u7Keh+c4kuwG/LiE31pCP9CoCohv+u0aFensk/yRIQVW/CXuIoITky9xFhdRzaWUtAnGTYxJQ=="}}}') : null;
  return embedded;
}

// src/normalize/ids.ts
var H = { hi: 0, lo: 0 };
function hash64(key) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i2 = 0; i2 < key.length; i2++) {
    const c = key.charCodeAt(i2);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
  h1 ^= Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507);
  h2 ^= Math.imul(h1 ^ h1 >>> 13, 3266489909);
  H.hi = h2 | 0;
  H.lo = h1 | 0;
}
function hashPrefix(prefix) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i2 = 0; i2 < prefix.length; i2++) {
    const c = prefix.charCodeAt(i2);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return { h1, h2 };
}
function hash64After(p, suffix) {
  let h1 = p.h1;
  let h2 = p.h2;
  for (let i2 = 0; i2 < suffix.length; i2++) {
    const c = suffix.charCodeAt(i2);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
  h1 ^= Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507);
  h2 ^= Math.imul(h1 ^ h1 >>> 13, 3266489909);
  H.hi = h2 | 0;
  H.lo = h1 | 0;
}
function id64(key) {
  hash64(key);
  return { hi: H.hi, lo: H.lo };
}
function idToBigInt(id) {
  return BigInt(id.hi) << 32n | BigInt(id.lo >>> 0);
}
function idToKey(id) {
  return idToBigInt(id).toString();
}
function fileIdOf(path, repoId) {
  return id64(repoId ? `${repoId}\0${path}` : path);
}

// src/normalize/source-text.ts
var UTF8_ALIASES = /* @__PURE__ */ new Set(["utf-8", "utf8", "utf_8", "u8", "utf", "cp65001"]);
function readCodingCookie(bytes) {
  let lineStart = 0;
  for (let line = 0; line < 2 && lineStart < bytes.length; line++) {
    let end = bytes.indexOf(10, lineStart);
    if (end < 0) end = bytes.length;
    const text = latin1(bytes, lineStart, Math.min(end, lineStart + 200));
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(text);
    if (m?.[1]) return m[1].toLowerCase();
    if (!/^[ \t\f]*(#.*)?\r?$/.test(text)) return null;
    lineStart = end + 1;
  }
  return null;
}
function latin1(bytes, start2, end) {
  let s = "";
  for (let i2 = start2; i2 < end; i2++) s += String.fromCharCode(bytes[i2]);
  return s;
}
function isAscii(bytes) {
  for (let i2 = 0; i2 < bytes.length; i2++) if (bytes[i2] >= 128) return false;
  return true;
}
function decodeSource(bytes) {
  if (isAscii(bytes)) {
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"),
      encoding: "ascii",
      byteAt: null,
      invalidBytes: 0,
      firstInvalidByte: -1
    };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const cookie = hasBom ? null : readCodingCookie(bytes);
  if (cookie && !UTF8_ALIASES.has(cookie)) {
    const legacy = decodeLegacy(bytes, cookie);
    if (legacy) return legacy;
  }
  return decodeUtf8(bytes, hasBom ? 3 : 0);
}
function decodeUtf8(bytes, start2) {
  const n = bytes.length;
  const byteAt = new Uint32Array(n - start2 + 1);
  const parts2 = [];
  let chunk = [];
  let units = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const flush = () => {
    parts2.push(String.fromCharCode.apply(null, chunk));
    chunk = [];
  };
  let i2 = start2;
  while (i2 < n) {
    const b0 = bytes[i2];
    let cp = -1;
    let len = 1;
    if (b0 < 128) cp = b0;
    else if (b0 >= 194 && b0 <= 223 && i2 + 1 < n) {
      const b1 = bytes[i2 + 1];
      if ((b1 & 192) === 128) {
        cp = (b0 & 31) << 6 | b1 & 63;
        len = 2;
      }
    } else if (b0 >= 224 && b0 <= 239 && i2 + 2 < n) {
      const b1 = bytes[i2 + 1];
      const b2 = bytes[i2 + 2];
      if ((b1 & 192) === 128 && (b2 & 192) === 128) {
        const c = (b0 & 15) << 12 | (b1 & 63) << 6 | b2 & 63;
        if (c >= 2048 && (c < 55296 || c > 57343)) {
          cp = c;
          len = 3;
        }
      }
    } else if (b0 >= 240 && b0 <= 244 && i2 + 3 < n) {
      const b1 = bytes[i2 + 1];
      const b2 = bytes[i2 + 2];
      const b3 = bytes[i2 + 3];
      if ((b1 & 192) === 128 && (b2 & 192) === 128 && (b3 & 192) === 128) {
        const c = (b0 & 7) << 18 | (b1 & 63) << 12 | (b2 & 63) << 6 | b3 & 63;
        if (c >= 65536 && c <= 1114111) {
          cp = c;
          len = 4;
        }
      }
    }
    if (cp < 0) {
      cp = 65533;
      invalid++;
      if (firstInvalid < 0) firstInvalid = i2;
    }
    if (cp >= 65536) {
      const v = cp - 65536;
      byteAt[units++] = i2;
      byteAt[units++] = i2;
      chunk.push(55296 + (v >> 10), 56320 + (v & 1023));
    } else {
      byteAt[units++] = i2;
      chunk.push(cp);
    }
    if (chunk.length >= 8192) flush();
    i2 += len;
  }
  flush();
  byteAt[units] = n;
  return {
    text: parts2.join(""),
    encoding: invalid > 0 ? "invalid-utf-8" : start2 > 0 ? "utf-8-bom" : "utf-8",
    byteAt: byteAt.subarray(0, units + 1),
    invalidBytes: invalid,
    firstInvalidByte: firstInvalid
  };
}
function decodeLegacy(bytes, label) {
  const base = label.replace(/_/g, "-");
  const candidates = [
    base,
    base.replace(/-/g, ""),
    base.replace(/-/g, "_"),
    base.replace(/^cp(\d+)$/, "windows-$1"),
    base.replace(/^(latin|iso-latin)-?1$/, "latin1")
  ];
  let decoder2 = null;
  for (const c of candidates) {
    try {
      decoder2 = new TextDecoder(c, { fatal: false });
      break;
    } catch {
    }
  }
  if (!decoder2) return null;
  const byteAt = [];
  const parts2 = [];
  let pendingStart = 0;
  for (let i2 = 0; i2 < bytes.length; i2++) {
    const out2 = decoder2.decode(bytes.subarray(i2, i2 + 1), { stream: true });
    if (out2.length > 0) {
      for (let k = 0; k < out2.length; k++) byteAt.push(pendingStart);
      parts2.push(out2);
      pendingStart = i2 + 1;
    }
  }
  const tail = decoder2.decode();
  for (let k = 0; k < tail.length; k++) byteAt.push(pendingStart);
  parts2.push(tail);
  byteAt.push(bytes.length);
  const text = parts2.join("");
  let invalid = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 65533) invalid++;
  return { text, encoding: label, byteAt: Uint32Array.from(byteAt), invalidBytes: invalid, firstInvalidByte: -1 };
}
function lineStarts(bytes) {
  let count = 1;
  for (let i2 = 0; i2 < bytes.length; i2++) if (bytes[i2] === 10) count++;
  const starts = new Uint32Array(count);
  let k = 1;
  for (let i2 = 0; i2 < bytes.length; i2++) if (bytes[i2] === 10) starts[k++] = i2 + 1;
  return starts;
}
function lineIndexOf(starts, b) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >>> 1;
    if (starts[mid] <= b) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// src/extract/row-builder.ts
var encoder2 = new TextEncoder();
var arrowModule = null;
async function loadArrow() {
  arrowModule ??= await Promise.resolve().then(() => (init_Arrow_node(), Arrow_node_exports));
}
function arrow() {
  if (!arrowModule) throw new Error("apache-arrow is not loaded: await loadArrow() first");
  return arrowModule;
}
var Column = class {
  length = 0;
  validity = null;
  nulls = 0;
  markNull() {
    if (!this.validity) {
      this.validity = new Uint8Array(Math.max(64, this.length >> 2));
      this.validity.fill(255);
    }
    this.ensureValidity(this.length);
    const v = this.validity;
    v[this.length >> 3] = v[this.length >> 3] & ~(1 << (this.length & 7));
    this.nulls++;
  }
  ensureValidity(index) {
    const v = this.validity;
    if (index >> 3 >= v.length) {
      const grown = new Uint8Array(Math.max(v.length * 2, (index >> 3) + 1) + 8);
      grown.fill(255);
      grown.set(v);
      this.validity = grown;
    }
  }
  nullBitmap() {
    if (!this.validity) return void 0;
    this.ensureValidity(this.length);
    return this.validity.subarray(0, this.length + 7 >> 3);
  }
};
var I64Column = class extends Column {
  buf = new Int32Array(256);
  push(v) {
    if (2 * this.length + 2 > this.buf.length) this.buf = grow32(this.buf);
    if (v === null || v === void 0) {
      this.markNull();
    } else if (typeof v === "number") {
      this.buf[2 * this.length] = v | 0;
      this.buf[2 * this.length + 1] = v < 0 ? -1 : Math.floor(v / 4294967296);
    } else if (typeof v === "object") {
      this.buf[2 * this.length] = v.lo;
      this.buf[2 * this.length + 1] = v.hi;
    } else throw new TypeError(`BIGINT column got ${typeof v}`);
    this.length++;
  }
  finish() {
    const data = new BigInt64Array(this.buf.buffer, 0, this.length);
    const { makeData: makeData2, Int64: Int643 } = arrow();
    return makeData2({ type: new Int643(), length: this.length, nullCount: this.nulls, data, nullBitmap: this.nullBitmap() });
  }
};
var I32Column = class extends Column {
  buf = new Int32Array(128);
  push(v) {
    if (this.length >= this.buf.length) this.buf = grow32(this.buf);
    if (v === null || v === void 0) this.markNull();
    else this.buf[this.length] = v;
    this.length++;
  }
  finish() {
    const { makeData: makeData2, Int32: Int322 } = arrow();
    return makeData2({ type: new Int322(), length: this.length, nullCount: this.nulls, data: this.buf.subarray(0, this.length), nullBitmap: this.nullBitmap() });
  }
};
var BoolColumn = class extends Column {
  bits = new Uint8Array(32);
  push(v) {
    if (this.length >> 3 >= this.bits.length) {
      const g = new Uint8Array(this.bits.length * 2);
      g.set(this.bits);
      this.bits = g;
    }
    if (v === null || v === void 0) this.markNull();
    else if (v) this.bits[this.length >> 3] = this.bits[this.length >> 3] | 1 << (this.length & 7);
    this.length++;
  }
  finish() {
    const { makeData: makeData2, Bool: Bool3 } = arrow();
    return makeData2({
      type: new Bool3(),
      length: this.length,
      nullCount: this.nulls,
      data: this.bits.subarray(0, this.length + 7 >> 3),
      nullBitmap: this.nullBitmap()
    });
  }
};
var Utf8Column = class extends Column {
  bytes = new Uint8Array(1024);
  used = 0;
  offsets = new Int32Array(129);
  push(v) {
    if (this.length + 1 >= this.offsets.length) this.offsets = grow32(this.offsets);
    if (v === null || v === void 0) {
      this.markNull();
    } else {
      const s = v;
      let need = this.used + s.length * 3;
      if (need > this.bytes.length) {
        need = Math.max(need, this.bytes.length * 2);
        const g = new Uint8Array(need);
        g.set(this.bytes.subarray(0, this.used));
        this.bytes = g;
      }
      this.used += encoder2.encodeInto(s, this.bytes.subarray(this.used)).written;
    }
    this.length++;
    this.offsets[this.length] = this.used;
  }
  finish() {
    const { makeData: makeData2, Utf8: Utf83 } = arrow();
    return makeData2({
      type: new Utf83(),
      length: this.length,
      nullCount: this.nulls,
      valueOffsets: this.offsets.subarray(0, this.length + 1),
      data: this.bytes.subarray(0, this.used),
      nullBitmap: this.nullBitmap()
    });
  }
};
function grow32(a) {
  const g = new Int32Array(a.length * 2);
  g.set(a);
  return g;
}
function makeColumn(t) {
  switch (t) {
    case "BIGINT":
      return new I64Column();
    case "INTEGER":
      return new I32Column();
    case "BOOLEAN":
      return new BoolColumn();
    case "VARCHAR":
      return new Utf8Column();
  }
}
function arrowType(t) {
  const { Int64: Int643, Int32: Int322, Bool: Bool3, Utf8: Utf83 } = arrow();
  switch (t) {
    case "BIGINT":
      return new Int643();
    case "INTEGER":
      return new Int322();
    case "BOOLEAN":
      return new Bool3();
    case "VARCHAR":
      return new Utf83();
  }
}
var RowBuilder = class {
  constructor(spec2) {
    this.spec = spec2;
    this.cols = spec2.columns.map(([, t]) => makeColumn(t));
    this.names = spec2.columns.map(([n]) => n);
  }
  spec;
  cols;
  names;
  rows = 0;
  add(row) {
    for (let i2 = 0; i2 < this.cols.length; i2++) this.cols[i2].push(row[this.names[i2]]);
    this.rows++;
  }
  /** The rows as an Arrow table. */
  toArrow() {
    const { Field: Field3, Schema: Schema3, makeData: makeData2, Struct: Struct2, Table: Table2, RecordBatch: RecordBatch4 } = arrow();
    const fields = this.spec.columns.map(([n, t]) => new Field3(n, arrowType(t), true));
    const schema = new Schema3(fields);
    const children = this.cols.map((c) => c.finish());
    const struct = makeData2({ type: new Struct2(fields), length: this.rows, nullCount: 0, children });
    return new Table2([new RecordBatch4(schema, struct)]);
  }
};
function toIpc(builder) {
  return arrow().tableToIPC(builder.toArrow(), "stream");
}

// src/extract/parquet-writer.ts
var parquetWasm = null;
async function loadParquetWriter() {
  await loadArrow();
  parquetWasm ??= await Promise.resolve().then(() => __toESM(require_parquet_wasm(), 1));
}
function rowsToParquet(builder, keyValue) {
  if (!parquetWasm) throw new Error("parquet-wasm is not loaded: await loadParquetWriter() first");
  const { Compression, Table: WasmTable, WriterPropertiesBuilder, writeParquet } = parquetWasm;
  const table = WasmTable.fromIPCStream(toIpc(builder));
  let props = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY);
  if (keyValue) props = props.setKeyValueMetadata(new Map(keyValue));
  return writeParquet(table, props.build());
}

// src/extract/python-extractor.ts
var NAME_REF_KIND = { load: "NAME_REF:load", store: "NAME_REF:store", del: "NAME_REF:del" };
var MAX_TEXT = 200;
var MAX_SYNTAX_DIAGNOSTICS = 50;
var IMPORT_ERROR_RE = /\b(ImportError|ModuleNotFoundError)\b/;
function clip(s) {
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s;
}
var PythonExtractor = class {
  s;
  c;
  text = "";
  byteAt = null;
  starts;
  fileId;
  fileKey = "";
  defOrdinals = /* @__PURE__ */ new Map();
  allKind = "none";
  exportOrdinal = 0;
  // Walk state, saved/restored around subtrees.
  scope;
  ctx = "load";
  bindKind = "assign";
  asKind = "with";
  typeChecking = false;
  tryImport = false;
  inPattern = false;
  /** Node type id -> type name, "" for anonymous (token) types. */
  typeNames;
  constructor(sinks, language) {
    this.s = sinks;
    this.typeNames = [];
    for (let id = 0; id < language.nodeTypeCount; id++) {
      this.typeNames.push(language.nodeTypeIsNamed(id) ? language.nodeTypeForId(id) ?? "" : "");
    }
  }
  /** The cursor node's type name, or "" for an anonymous node: one call into wasm instead of two. */
  type() {
    const id = this.c.nodeTypeId;
    return this.typeNames[id] ?? (id === 65535 ? "ERROR" : "");
  }
  extract(input) {
    this.text = input.text;
    this.byteAt = input.byteAt;
    this.starts = input.lineStarts;
    this.fileId = input.fileId;
    this.fileKey = idToKey(input.fileId);
    this.defOrdinals.clear();
    this.allKind = "none";
    this.exportOrdinal = 0;
    this.ctx = "load";
    this.bindKind = "assign";
    this.asKind = "with";
    this.typeChecking = false;
    this.tryImport = false;
    this.inPattern = false;
    const root = input.tree.rootNode;
    const moduleId = this.defId("MODULE", "");
    const totalBytes = this.b(this.text.length);
    const endLine = lineIndexOf(this.starts, totalBytes);
    this.s.defs.add({
      node_id: moduleId,
      file_id: this.fileId,
      kind: "MODULE",
      name: null,
      local_qname: "",
      parent_id: null,
      bstart: 0,
      bend: totalBytes,
      start_line: 1,
      start_col: 0,
      end_line: endLine + 1,
      end_col: totalBytes - this.starts[endLine],
      is_async: false,
      is_method: false,
      arity: null,
      decorator_count: 0,
      docstring: this.docstringOf(root),
      bases: null,
      ordinal: 0
    });
    this.scope = { id: moduleId, kind: "MODULE", qname: "", childPrefix: "", key: idToKey(moduleId), sites: /* @__PURE__ */ new Map() };
    this.c = input.tree.walk();
    try {
      this.children();
    } finally {
      this.c.delete();
    }
    const syntaxErrors = root.hasError ? this.syntaxDiagnostics(root) : 0;
    return { allKind: this.allKind, syntaxErrors };
  }
  // ---- spans and ids -------------------------------------------------------------------------
  b(i2) {
    return this.byteAt ? this.byteAt[i2] : i2;
  }
  /** Adds the six span columns of UTF-16 range [i, j) to `row`. */
  span(row, i2, j) {
    const bs = this.b(i2);
    const be = this.b(j);
    const l0 = lineIndexOf(this.starts, bs);
    const l1 = lineIndexOf(this.starts, be);
    row.bstart = bs;
    row.bend = be;
    row.start_line = l0 + 1;
    row.start_col = bs - this.starts[l0];
    row.end_line = l1 + 1;
    row.end_col = be - this.starts[l1];
    return row;
  }
  defId(kind, qname, ordinal = 0) {
    hash64(`${this.fileKey}|${kind}|${qname}|${ordinal}`);
    return { hi: H.hi, lo: H.lo };
  }
  /**
   * A site's id (schema v2): keyed by its enclosing scope (a definition, or a lambda), its kind,
   * its name and its ordinal among the sites of the same kind and name in that scope, in walk
   * order. No offset is part of it, so an edit changes only the ids of the sites of the scopes it
   * touches (and of those after it with the same kind and name in the same scope).
   */
  siteId(kind, name2, scope = this.scope) {
    let counter = scope.sites.get(kind);
    if (counter === void 0) {
      counter = { prefix: hashPrefix(`${this.fileKey}|${kind}|${scope.key}|`), counts: /* @__PURE__ */ new Map() };
      scope.sites.set(kind, counter);
    }
    const n = counter.counts.get(name2) ?? 0;
    counter.counts.set(name2, n + 1);
    hash64After(counter.prefix, `${name2}|${n}`);
    return { hi: H.hi, lo: H.lo };
  }
  nextOrdinal(kind, qname) {
    const key = `${kind}|${qname}`;
    const n = this.defOrdinals.get(key) ?? 0;
    this.defOrdinals.set(key, n + 1);
    return n;
  }
  curText() {
    return this.text.slice(this.c.startIndex, this.c.endIndex);
  }
  // ---- generic walk --------------------------------------------------------------------------
  /** Visits every child of the cursor's node. */
  children() {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do
      this.node();
    while (c.gotoNextSibling());
    c.gotoParent();
  }
  /** Visits the cursor's node. */
  node() {
    const type = this.type();
    if (type === "") return;
    switch (type) {
      case "identifier":
        this.identifier();
        return;
      case "call":
        this.call();
        return;
      case "attribute":
        this.attribute();
        return;
      case "subscript":
      case "slice":
        this.withCtx("load", () => this.children());
        return;
      case "function_definition":
        this.functionDef(0);
        return;
      case "class_definition":
        this.classDef(0);
        return;
      case "decorated_definition":
        this.decorated();
        return;
      case "lambda":
        this.lambda();
        return;
      case "import_statement":
        this.importStatement();
        return;
      case "import_from_statement":
      case "future_import_statement":
        this.importFrom(type === "future_import_statement");
        return;
      case "assignment":
      case "augmented_assignment":
        this.assignment(type === "augmented_assignment");
        return;
      case "for_statement":
        this.fieldsAsStore("left", "for");
        return;
      case "for_in_clause":
        this.fieldsAsStore("left", "comprehension");
        return;
      case "named_expression":
        this.fieldsAsStore("name", "walrus");
        return;
      case "as_pattern_target":
        this.asStore(this.inPattern ? "match" : this.asKind, () => this.children());
        return;
      case "as_pattern":
        if (this.inPattern) this.matchAsPattern();
        else this.children();
        return;
      case "with_statement":
        this.withAsKind("with");
        return;
      case "except_clause":
      case "except_group_clause":
        this.withAsKind("except");
        return;
      case "global_statement":
      case "nonlocal_statement":
        this.globalStatement(type === "global_statement" ? "global" : "nonlocal");
        return;
      case "delete_statement": {
        const ctx = this.ctx;
        const kind = this.bindKind;
        this.ctx = "del";
        this.bindKind = "del";
        this.children();
        this.ctx = ctx;
        this.bindKind = kind;
        return;
      }
      case "keyword_argument":
        this.skipField("name");
        return;
      case "if_statement":
        this.ifStatement();
        return;
      case "try_statement":
        this.tryStatement();
        return;
      case "type_alias_statement":
        if (this.misparsedTypeCall()) this.fieldsAsStore("left", "assign");
        else this.fieldsAsStore("left", "type_alias");
        return;
      case "case_pattern":
        this.casePattern();
        return;
      case "dotted_name":
        if (this.inPattern) this.patternName();
        else this.children();
        return;
      case "keyword_pattern":
        this.skipFirstIdentifier();
        return;
      case "class_pattern":
        this.classPattern();
        return;
      case "splat_pattern":
        if (this.inPattern) this.asStore("match", () => this.children());
        else this.children();
        return;
      case "comment":
      case "string_start":
      case "string_content":
      case "string_end":
      case "escape_sequence":
      case "integer":
      case "float":
        return;
      default:
        this.children();
    }
  }
  withCtx(ctx, fn) {
    const saved = this.ctx;
    this.ctx = ctx;
    fn();
    this.ctx = saved;
  }
  asStore(kind, fn) {
    const ctx = this.ctx;
    const bk = this.bindKind;
    this.ctx = "store";
    this.bindKind = kind;
    fn();
    this.ctx = ctx;
    this.bindKind = bk;
  }
  withAsKind(kind) {
    const saved = this.asKind;
    this.asKind = kind;
    this.children();
    this.asKind = saved;
  }
  /** Walks the children; the one in field `field` is a store target of binding kind `kind`. */
  fieldsAsStore(field, kind) {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do {
      if (c.currentFieldName === field) this.asStore(kind, () => this.node());
      else this.withCtx("load", () => this.node());
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  /** Walks the children except the one in field `field` (e.g. a keyword argument's name). */
  skipField(field) {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do
      if (c.currentFieldName !== field) this.withCtx("load", () => this.node());
    while (c.gotoNextSibling());
    c.gotoParent();
  }
  // ---- names, attributes, calls --------------------------------------------------------------
  identifier() {
    const c = this.c;
    const i2 = c.startIndex;
    const j = c.endIndex;
    const name2 = this.text.slice(i2, j);
    const id = this.siteId(NAME_REF_KIND[this.ctx], name2);
    this.s.names.add(this.span({ node_id: id, file_id: this.fileId, scope_id: this.scope.id, name: name2, ctx: this.ctx }, i2, j));
    if (this.ctx !== "load") this.binding(name2, this.ctx === "del" ? "del" : this.bindKind, id, i2, j);
  }
  binding(name2, kind, target, i2, j, scope = this.scope) {
    this.s.bindings.add({
      file_id: this.fileId,
      scope_id: scope.id,
      name: name2,
      binding_kind: kind,
      target_id: target,
      bstart: this.b(i2),
      bend: this.b(j)
    });
  }
  attribute() {
    const c = this.c;
    const i2 = c.startIndex;
    const j = c.endIndex;
    let attr = "";
    let attrStart = j;
    let receiver = "";
    const ctx = this.ctx;
    this.ctx = "load";
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "attribute") {
          attr = this.curText();
          attrStart = c.startIndex;
        } else if (f === "object") {
          receiver = this.curText();
          this.node();
        } else this.node();
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.ctx = ctx;
    this.s.attributes.add(
      this.span(
        {
          node_id: this.siteId("ATTRIBUTE", attr),
          file_id: this.fileId,
          scope_id: this.scope.id,
          attr,
          receiver: clip(receiver),
          ctx,
          attr_bstart: this.b(attrStart)
        },
        i2,
        j
      )
    );
  }
  /**
   * tree-sitter-python 0.25 reads `type(x).attr = v` as a PEP 695 alias `type (x).attr = v`, but
   * CPython takes `type` as a keyword only when a name follows it: this is an assignment whose
   * target starts with the call `type(x)`. When the statement at the cursor is such a misparse,
   * adds the NAME_REF `type` and the CALL the tree lacks (the rest is walked as an assignment).
   */
  misparsedTypeCall() {
    const stmt = this.c.currentNode;
    const kw = stmt.child(0);
    if (kw === null || kw.type !== "type") return false;
    let k = kw.endIndex;
    while (this.text[k] === " " || this.text[k] === "	") k++;
    if (this.text[k] !== "(") return false;
    let e = stmt.childForFieldName("left")?.namedChild(0) ?? null;
    while (e && (e.type === "attribute" || e.type === "subscript")) e = e.childForFieldName(e.type === "attribute" ? "object" : "value");
    if (!e || e.type !== "parenthesized_expression" && e.type !== "tuple") return false;
    const args2 = e.namedChildren.filter((a) => a !== null && a.type !== "comment");
    const argc = e.type === "tuple" ? args2.length : Math.min(args2.length, 1);
    const star = args2.some((a) => a?.type === "list_splat" || a?.type === "dictionary_splat");
    const [i2, j] = [kw.startIndex, e.endIndex];
    this.s.names.add(
      this.span({ node_id: this.siteId("NAME_REF:load", "type"), file_id: this.fileId, scope_id: this.scope.id, name: "type", ctx: "load" }, i2, kw.endIndex)
    );
    this.s.calls.add(
      this.span(
        {
          node_id: this.siteId("CALL", "type"),
          file_id: this.fileId,
          scope_id: this.scope.id,
          callee: "type",
          callee_kind: "name",
          callee_name: "type",
          receiver: null,
          arg_count: argc,
          has_star_args: star,
          callee_bstart: this.b(i2),
          callee_bend: this.b(kw.endIndex)
        },
        i2,
        j
      )
    );
    return true;
  }
  call() {
    const c = this.c;
    const i2 = c.startIndex;
    const j = c.endIndex;
    let callee = "";
    let calleeKind = "other";
    let calleeName = null;
    let receiver = null;
    let calleeStart = i2;
    let calleeEnd = i2;
    let argc = 0;
    let star = false;
    const ctx = this.ctx;
    this.ctx = "load";
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "function") {
          const t = this.type();
          calleeStart = c.startIndex;
          calleeEnd = c.endIndex;
          callee = this.curText();
          if (t === "identifier") {
            calleeKind = "name";
            calleeName = callee;
          } else if (t === "attribute") {
            calleeKind = "attribute";
            const n = c.currentNode;
            calleeName = n.childForFieldName("attribute")?.text ?? null;
            receiver = n.childForFieldName("object")?.text ?? null;
          } else if (t === "call") calleeKind = "call";
          else if (t === "subscript") calleeKind = "subscript";
          this.node();
        } else if (f === "arguments") {
          if (this.type() === "generator_expression") {
            argc = 1;
            this.node();
          } else if (c.gotoFirstChild()) {
            do {
              const t = this.type();
              if (t !== "") {
                if (t !== "comment") {
                  argc++;
                  if (t === "list_splat" || t === "dictionary_splat") star = true;
                }
              }
              this.node();
            } while (c.gotoNextSibling());
            c.gotoParent();
          }
        } else this.node();
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.ctx = ctx;
    this.s.calls.add(
      this.span(
        {
          node_id: this.siteId("CALL", clip(callee)),
          file_id: this.fileId,
          scope_id: this.scope.id,
          callee: clip(callee),
          callee_kind: calleeKind,
          callee_name: calleeName,
          receiver: receiver === null ? null : clip(receiver),
          arg_count: argc,
          has_star_args: star,
          callee_bstart: this.b(calleeStart),
          callee_bend: this.b(calleeEnd)
        },
        i2,
        j
      )
    );
  }
  // ---- definitions ---------------------------------------------------------------------------
  decorated() {
    const c = this.c;
    const decorators = [];
    let index = 0;
    let defIndex = -1;
    if (!c.gotoFirstChild()) return;
    do {
      if (this.type() === "decorator") decorators.push(index);
      else if (c.currentFieldName === "definition") defIndex = index;
      index++;
    } while (c.gotoNextSibling());
    c.gotoParent();
    let defId = null;
    c.gotoFirstChild();
    for (let k = 0; k < defIndex; k++) c.gotoNextSibling();
    if (this.type() === "function_definition") defId = this.functionDef(decorators.length);
    else if (this.type() === "class_definition") defId = this.classDef(decorators.length);
    else this.node();
    c.gotoParent();
    c.gotoFirstChild();
    index = 0;
    let ordinal = 0;
    do {
      if (this.type() === "decorator") {
        const i2 = c.startIndex;
        const j = c.endIndex;
        let expr = this.curText();
        if (expr.startsWith("@")) expr = expr.slice(1).trim();
        this.s.decorators.add(
          this.span(
            {
              node_id: defId ? this.defIdFor("DECORATOR", `${idToKey(defId)}|${ordinal}`) : this.siteId("DECORATOR", clip(expr)),
              file_id: this.fileId,
              def_id: defId,
              scope_id: this.scope.id,
              ordinal: ordinal++,
              expr: clip(expr)
            },
            i2,
            j
          )
        );
        this.withCtx("load", () => this.children());
      }
      index++;
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  enterScope(kind, name2, ordinalKey) {
    const parent = this.scope;
    const qname = parent.childPrefix + name2;
    let id;
    if (kind === "LAMBDA") id = this.siteId("LAMBDA", "<lambda>", parent);
    else id = this.defId(kind, qname, this.nextOrdinal(kind, ordinalKey ?? qname));
    const childPrefix = kind === "CLASS" ? `${qname}.` : `${qname}.<locals>.`;
    return { id, kind, qname, childPrefix, key: idToKey(id), sites: /* @__PURE__ */ new Map() };
  }
  /** function_definition at the cursor; returns its id. */
  functionDef(decoratorCount) {
    const c = this.c;
    const i2 = c.startIndex;
    const j = c.endIndex;
    const parent = this.scope;
    const node = c.currentNode;
    const nameNode = node.childForFieldName("name");
    const name2 = nameNode?.text ?? "";
    const isAsync = node.firstChild?.type === "async";
    const returns = node.childForFieldName("return_type")?.text ?? null;
    const scope = this.enterScope("FUNCTION", name2, null);
    const ordinal = (this.defOrdinals.get(`FUNCTION|${scope.qname}`) ?? 1) - 1;
    if (nameNode) this.binding(name2, "def", scope.id, nameNode.startIndex, nameNode.endIndex, parent);
    let arity2 = 0;
    let docstring = null;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "parameters") arity2 = this.parameters(scope);
        else if (f === "body") {
          docstring = this.docstringOf(c.currentNode);
          this.scope = scope;
          this.withCtx("load", () => this.node());
          this.scope = parent;
        } else if (f === "name") {
        } else this.withCtx("load", () => this.node());
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.s.defs.add(
      this.span(
        {
          node_id: scope.id,
          file_id: this.fileId,
          kind: "FUNCTION",
          name: name2,
          local_qname: scope.qname,
          parent_id: parent.id,
          name_bstart: nameNode ? this.b(nameNode.startIndex) : null,
          name_bend: nameNode ? this.b(nameNode.endIndex) : null,
          is_async: isAsync,
          is_method: parent.kind === "CLASS",
          arity: arity2,
          decorator_count: decoratorCount,
          docstring,
          bases: null,
          ordinal,
          returns: returns === null ? null : clip(returns)
        },
        i2,
        j
      )
    );
    return scope.id;
  }
  /** class_definition at the cursor; returns its id. */
  classDef(decoratorCount) {
    const c = this.c;
    const i2 = c.startIndex;
    const j = c.endIndex;
    const parent = this.scope;
    const node = c.currentNode;
    const nameNode = node.childForFieldName("name");
    const name2 = nameNode?.text ?? "";
    const scope = this.enterScope("CLASS", name2, null);
    const ordinal = (this.defOrdinals.get(`CLASS|${scope.qname}`) ?? 1) - 1;
    if (nameNode) this.binding(name2, "class", scope.id, nameNode.startIndex, nameNode.endIndex, parent);
    const bases = [];
    let docstring = null;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "superclasses") {
          for (const arg of c.currentNode.namedChildren) {
            if (arg && arg.type !== "keyword_argument" && arg.type !== "comment") bases.push(clip(arg.text));
          }
          this.withCtx("load", () => this.node());
        } else if (f === "body") {
          docstring = this.docstringOf(c.currentNode);
          this.scope = scope;
          this.withCtx("load", () => this.node());
          this.scope = parent;
        } else if (f !== "name") this.withCtx("load", () => this.node());
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.s.defs.add(
      this.span(
        {
          node_id: scope.id,
          file_id: this.fileId,
          kind: "CLASS",
          name: name2,
          local_qname: scope.qname,
          parent_id: parent.id,
          name_bstart: nameNode ? this.b(nameNode.startIndex) : null,
          name_bend: nameNode ? this.b(nameNode.endIndex) : null,
          is_async: false,
          is_method: false,
          arity: null,
          decorator_count: decoratorCount,
          docstring,
          bases: JSON.stringify(bases),
          ordinal
        },
        i2,
        j
      )
    );
    return scope.id;
  }
  lambda() {
    const c = this.c;
    const i2 = c.startIndex;
    const j = c.endIndex;
    const parent = this.scope;
    const scope = this.enterScope("LAMBDA", "<lambda>", null);
    let arity2 = 0;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "parameters") arity2 = this.parameters(scope);
        else if (f === "body") {
          this.scope = scope;
          this.withCtx("load", () => this.node());
          this.scope = parent;
        } else this.withCtx("load", () => this.node());
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.s.defs.add(
      this.span(
        {
          node_id: scope.id,
          file_id: this.fileId,
          kind: "LAMBDA",
          name: "<lambda>",
          local_qname: scope.qname,
          parent_id: parent.id,
          name_bstart: null,
          name_bend: null,
          is_async: false,
          is_method: false,
          arity: arity2,
          decorator_count: 0,
          docstring: null,
          bases: null,
          ordinal: 0
        },
        i2,
        j
      )
    );
  }
  /**
   * The parameter list at the cursor: PARAM rows and bindings in `fn`; defaults and annotations
   * are walked in the enclosing scope (where Python evaluates them). Returns the arity.
   */
  parameters(fn) {
    const c = this.c;
    let ordinal = 0;
    let kind = "positional";
    const params = [];
    if (c.gotoFirstChild()) {
      do {
        const t = this.type();
        if (t === "" || t === "comment") continue;
        if (t === "positional_separator") {
          for (const p of params) if (p.kind === "positional") p.kind = "positional_only";
          continue;
        }
        if (t === "keyword_separator") {
          kind = "keyword_only";
          continue;
        }
        const i2 = c.startIndex;
        const j = c.endIndex;
        const node = c.currentNode;
        let nameNode = null;
        let pkind = kind;
        let hasDefault = false;
        let annotation = null;
        let defaultText = null;
        if (t === "identifier") nameNode = node;
        else if (t === "list_splat_pattern" || t === "dictionary_splat_pattern") {
          nameNode = node.namedChildren.find((n) => n?.type === "identifier") ?? null;
          pkind = t === "list_splat_pattern" ? "vararg" : "kwarg";
          if (t === "list_splat_pattern") kind = "keyword_only";
        } else if (t === "default_parameter" || t === "typed_default_parameter" || t === "typed_parameter") {
          hasDefault = t !== "typed_parameter";
          nameNode = node.childForFieldName("name");
          if (!nameNode) {
            const first = node.namedChild(0);
            if (first?.type === "identifier") nameNode = first;
            else if (first?.type === "list_splat_pattern" || first?.type === "dictionary_splat_pattern") {
              nameNode = first.namedChildren.find((n) => n?.type === "identifier") ?? null;
              pkind = first.type === "list_splat_pattern" ? "vararg" : "kwarg";
              if (first.type === "list_splat_pattern") kind = "keyword_only";
            }
          }
          annotation = node.childForFieldName("type")?.text ?? null;
          defaultText = hasDefault ? node.childForFieldName("value")?.text ?? null : null;
          if (c.gotoFirstChild()) {
            do {
              const f = c.currentFieldName;
              if (f === "value" || f === "type") this.withCtx("load", () => this.node());
            } while (c.gotoNextSibling());
            c.gotoParent();
          }
        } else {
          this.withCtx("load", () => this.node());
          continue;
        }
        params.push({
          name: nameNode?.text ?? "",
          i: i2,
          j,
          nameI: nameNode?.startIndex ?? i2,
          nameJ: nameNode?.endIndex ?? j,
          kind: pkind,
          hasDefault,
          annotation: annotation === null ? null : clip(annotation),
          defaultText: defaultText === null ? null : clip(defaultText)
        });
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    for (const p of params) {
      const id = this.defIdFor("PARAM", `${idToKey(fn.id)}|${p.name}|${ordinal}`);
      this.s.params.add(
        this.span(
          {
            node_id: id,
            file_id: this.fileId,
            def_id: fn.id,
            name: p.name,
            ordinal: ordinal++,
            param_kind: p.kind,
            has_default: p.hasDefault,
            annotation: p.annotation,
            default_text: p.defaultText
          },
          p.i,
          p.j
        )
      );
      this.binding(p.name, "param", id, p.nameI, p.nameJ, fn);
    }
    return params.length;
  }
  defIdFor(kind, rest) {
    hash64(`${this.fileKey}|${kind}|${rest}`);
    return { hi: H.hi, lo: H.lo };
  }
  /** First line of the docstring of a module/class/function body node, or null. */
  docstringOf(body2) {
    let first = null;
    for (const n of body2.namedChildren) {
      if (n && n.type !== "comment") {
        first = n;
        break;
      }
    }
    if (first?.type !== "expression_statement") return null;
    const str = first.namedChild(0);
    if (str?.type !== "string" || first.namedChildCount !== 1) return null;
    const raw = str.text.replace(/^[rRuUbBfF]*("""|'''|"|')/, "").replace(/("""|'''|"|')$/, "");
    const line = raw.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0);
    return line === void 0 ? "" : clip(line);
  }
  // ---- imports -------------------------------------------------------------------------------
  importRow(kind, module2, name2, alias, bound, level, isStar, i2, j, si, sj) {
    const id = this.siteId("IMPORT", `${".".repeat(level)}${module2}|${name2 ?? ""}|${alias ?? ""}`);
    this.s.imports.add(
      this.span(
        {
          node_id: id,
          file_id: this.fileId,
          scope_id: this.scope.id,
          import_kind: kind,
          module: module2,
          name: name2,
          alias,
          bound_name: bound,
          level,
          is_star: isStar,
          in_type_checking: this.typeChecking,
          in_try_except: this.tryImport,
          stmt_bstart: this.b(si),
          stmt_bend: this.b(sj)
        },
        i2,
        j
      )
    );
    if (bound !== null) this.binding(bound, "import", id, i2, j);
  }
  importStatement() {
    const c = this.c;
    const si = c.startIndex;
    const sj = c.endIndex;
    for (const n of c.currentNode.namedChildren) {
      if (!n) continue;
      if (n.type === "dotted_name") {
        const module2 = n.text.replace(/\s+/g, "");
        this.importRow("import", module2, null, null, module2.split(".")[0] ?? module2, 0, false, n.startIndex, n.endIndex, si, sj);
      } else if (n.type === "aliased_import") {
        const module2 = (n.childForFieldName("name")?.text ?? "").replace(/\s+/g, "");
        const alias = n.childForFieldName("alias")?.text ?? null;
        this.importRow("import", module2, null, alias, alias, 0, false, n.startIndex, n.endIndex, si, sj);
      }
    }
  }
  importFrom(future) {
    const c = this.c;
    const si = c.startIndex;
    const sj = c.endIndex;
    const node = c.currentNode;
    let module2 = future ? "__future__" : "";
    let level = 0;
    const moduleNode = future ? null : node.childForFieldName("module_name");
    if (moduleNode) {
      if (moduleNode.type === "relative_import") {
        for (const ch of moduleNode.children) {
          if (!ch) continue;
          if (ch.type === "import_prefix") level = ch.text.replace(/\s+/g, "").length;
          else if (ch.type === "dotted_name") module2 = ch.text.replace(/\s+/g, "");
        }
      } else module2 = moduleNode.text.replace(/\s+/g, "");
    }
    const kind = future ? "future" : "from";
    for (let k = 0; k < node.childCount; k++) {
      const n = node.child(k);
      if (!n) continue;
      if (n.type === "wildcard_import") {
        this.importRow(kind, module2, "*", null, null, level, true, n.startIndex, n.endIndex, si, sj);
        continue;
      }
      if (node.fieldNameForChild(k) !== "name") continue;
      if (n.type === "dotted_name") {
        const name2 = n.text.replace(/\s+/g, "");
        this.importRow(kind, module2, name2, null, name2, level, false, n.startIndex, n.endIndex, si, sj);
      } else if (n.type === "aliased_import") {
        const name2 = (n.childForFieldName("name")?.text ?? "").replace(/\s+/g, "");
        const alias = n.childForFieldName("alias")?.text ?? null;
        this.importRow(kind, module2, name2, alias, alias, level, false, n.startIndex, n.endIndex, si, sj);
      }
    }
  }
  // ---- statements ----------------------------------------------------------------------------
  assignment(augmented) {
    const c = this.c;
    let hasType = false;
    let leftIsAll = false;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "type") hasType = true;
        if (f === "left" && this.scope.kind === "MODULE" && this.type() === "identifier" && this.curText() === "__all__") leftIsAll = true;
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    if (leftIsAll) this.allAssignment(augmented);
    this.fieldsAsStore("left", augmented ? "augassign" : hasType ? "annassign" : "assign");
  }
  /** `__all__ = [...]` / `__all__ += [...]` at module level: literal entries become py_exports. */
  allAssignment(augmented) {
    const right = this.c.currentNode.childForFieldName("right");
    const names = [];
    let literal = right !== null && (right.type === "list" || right.type === "tuple");
    if (right && literal) {
      for (const el of right.namedChildren) {
        if (!el || el.type === "comment") continue;
        const v = el.type === "string" ? stringLiteralValue(el) : null;
        if (v === null) {
          literal = false;
          break;
        }
        names.push(v);
      }
    }
    if (!literal) {
      this.allKind = "dynamic";
      return;
    }
    if (!augmented) this.exportOrdinal = 0;
    if (this.allKind !== "dynamic") this.allKind = "literal";
    for (const name2 of names) this.s.exports.add({ file_id: this.fileId, name: name2, ordinal: this.exportOrdinal++ });
  }
  globalStatement(kind) {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do
      if (this.type() === "identifier") this.binding(this.curText(), kind, null, c.startIndex, c.endIndex);
    while (c.gotoNextSibling());
    c.gotoParent();
  }
  ifStatement() {
    const c = this.c;
    let typeChecking = false;
    if (!c.gotoFirstChild()) return;
    do {
      const f = c.currentFieldName;
      if (f === "condition") {
        const t = this.curText().replace(/\s+/g, "");
        typeChecking = t === "TYPE_CHECKING" || t.endsWith(".TYPE_CHECKING");
        this.node();
      } else if (f === "consequence" && typeChecking) {
        const saved = this.typeChecking;
        this.typeChecking = true;
        this.node();
        this.typeChecking = saved;
      } else this.node();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  tryStatement() {
    const c = this.c;
    let guardsImport = false;
    for (const n of c.currentNode.namedChildren) {
      if (!n || n.type !== "except_clause" && n.type !== "except_group_clause") continue;
      const value = n.childForFieldName("value");
      if (!value || IMPORT_ERROR_RE.test(value.text)) guardsImport = true;
    }
    if (!guardsImport) {
      this.children();
      return;
    }
    if (!c.gotoFirstChild()) return;
    do {
      const t = this.type();
      const inGuard = c.currentFieldName === "body" || t === "except_clause" || t === "except_group_clause";
      const saved = this.tryImport;
      if (inGuard) this.tryImport = true;
      this.node();
      this.tryImport = saved;
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  // ---- match statement patterns --------------------------------------------------------------
  casePattern() {
    const saved = this.inPattern;
    this.inPattern = true;
    this.children();
    this.inPattern = saved;
  }
  /** A dotted_name inside a pattern: `x` captures (store), `a.b` is a value pattern (load). */
  patternName() {
    const c = this.c;
    const text = this.curText();
    if (!text.includes(".")) {
      if (text !== "_" && c.gotoFirstChild()) {
        this.asStore("match", () => this.identifier());
        c.gotoParent();
      }
      return;
    }
    if (c.gotoFirstChild()) {
      this.withCtx("load", () => this.identifier());
      c.gotoParent();
    }
  }
  /** `Point(x=0)` in a pattern: the class is a value (load); the sub-patterns may capture. */
  classPattern() {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    let first = true;
    do {
      if (first && this.type() === "dotted_name") {
        first = false;
        if (c.gotoFirstChild()) {
          this.withCtx("load", () => this.identifier());
          c.gotoParent();
        }
        continue;
      }
      this.node();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  /** `case <pattern> as name`: in a case pattern the alias is a bare identifier child, a capture. */
  matchAsPattern() {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do {
      if (this.type() === "identifier") this.asStore("match", () => this.identifier());
      else this.node();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  skipFirstIdentifier() {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    let skipped = false;
    do {
      if (!skipped && this.type() === "identifier") {
        skipped = true;
        continue;
      }
      this.node();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  // ---- syntax errors -------------------------------------------------------------------------
  syntaxDiagnostics(root) {
    let count = 0;
    const visit = (n) => {
      if (count >= MAX_SYNTAX_DIAGNOSTICS) return;
      if (n.isError || n.isMissing) {
        count++;
        const i2 = n.startIndex;
        const j = n.endIndex;
        const line = lineIndexOf(this.starts, this.b(i2)) + 1;
        const message = n.isMissing ? `syntax error: missing "${n.type}" at line ${line}; the rest of the file was still extracted` : `syntax error at line ${line}: tree-sitter could not parse ${j - i2} characters here; the rest of the file was still extracted`;
        this.s.diagnostics.add(
          this.span(
            {
              node_id: n.isMissing ? this.siteId("DIAGNOSTIC:missing", n.type) : this.siteId("DIAGNOSTIC:syntax", clip(n.text)),
              file_id: this.fileId,
              code: n.isMissing ? "missing-token" : "syntax-error",
              severity: "error",
              message
            },
            i2,
            j
          )
        );
        if (n.isMissing) return;
      }
      for (const ch of n.children) if (ch && (ch.hasError || ch.isMissing)) visit(ch);
    };
    visit(root);
    return count;
  }
};
function stringLiteralValue(n) {
  const m = /^([rRuU]?)("""|'''|"|')([\s\S]*)\2$/.exec(n.text);
  if (!m) return null;
  const body2 = m[3] ?? "";
  if (body2.includes("\\") && !/^[rR]$/.test(m[1] ?? "")) return null;
  return body2;
}

// src/extract/tables.ts
var SPAN = [
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
  ["start_line", "INTEGER"],
  ["start_col", "INTEGER"],
  ["end_line", "INTEGER"],
  ["end_col", "INTEGER"]
];
function spec(name2, columns, sortKey) {
  return { name: name2, columns, sortKey };
}
var PY_FILES = spec(
  "py_files",
  [
    ["file_id", "BIGINT"],
    ["path", "VARCHAR"],
    ["size_bytes", "BIGINT"],
    ["sha256", "VARCHAR"],
    ["line_count", "INTEGER"],
    ["encoding", "VARCHAR"],
    ["newline", "VARCHAR"],
    // ok | syntax_error | binary | too_large | unreadable | symlink_outside | not_a_file
    ["status", "VARCHAR"],
    ["all_kind", "VARCHAR"]
    // none | literal | dynamic: how __all__ is defined
  ],
  []
);
var PY_DEFS = spec(
  "py_defs",
  [
    ["node_id", "BIGINT"],
    ["file_id", "BIGINT"],
    ["kind", "VARCHAR"],
    ["name", "VARCHAR"],
    ["local_qname", "VARCHAR"],
    ["parent_id", "BIGINT"],
    ...SPAN,
    ["name_bstart", "INTEGER"],
    ["name_bend", "INTEGER"],
    ["is_async", "BOOLEAN"],
    ["is_method", "BOOLEAN"],
    ["arity", "INTEGER"],
    ["decorator_count", "INTEGER"],
    ["docstring", "VARCHAR"],
    ["bases", "VARCHAR"],
    ["ordinal", "INTEGER"],
    ["returns", "VARCHAR"]
    // a function's return annotation text
  ],
  ["node_id"]
);
var PY_PARAMS = spec(
  "py_params",
  [
    ["node_id", "BIGINT"],
    ["file_id", "BIGINT"],
    ["def_id", "BIGINT"],
    ["name", "VARCHAR"],
    ["ordinal", "INTEGER"],
    ["param_kind", "VARCHAR"],
    ["has_default", "BOOLEAN"],
    ["annotation", "VARCHAR"],
    ["default_text", "VARCHAR"],
    // the default value's source text
    ...SPAN
  ],
  ["node_id"]
);
var PY_DECORATORS = spec(
  "py_decorators",
  [["node_id", "BIGINT"], ["file_id", "BIGINT"], ["def_id", "BIGINT"], ["scope_id", "BIGINT"], ["ordinal", "INTEGER"], ["expr", "VARCHAR"], ...SPAN],
  ["node_id"]
);
var PY_CALLS = spec(
  "py_calls",
  [
    ["node_id", "BIGINT"],
    ["file_id", "BIGINT"],
    ["scope_id", "BIGINT"],
    ["callee", "VARCHAR"],
    ["callee_kind", "VARCHAR"],
    // name | attribute | call | subscript | other
    ["callee_name", "VARCHAR"],
    ["receiver", "VARCHAR"],
    ["arg_count", "INTEGER"],
    ["has_star_args", "BOOLEAN"],
    ["callee_bstart", "INTEGER"],
    ["callee_bend", "INTEGER"],
    ...SPAN
  ],
  ["node_id"]
);
var PY_NAMES = spec(
  "py_names",
  [
    ["node_id", "BIGINT"],
    ["file_id", "BIGINT"],
    ["scope_id", "BIGINT"],
    ["name", "VARCHAR"],
    ["ctx", "VARCHAR"],
    // load | store | del
    ...SPAN
  ],
  ["node_id"]
);
var PY_ATTRIBUTES = spec(
  "py_attributes",
  [
    ["node_id", "BIGINT"],
    ["file_id", "BIGINT"],
    ["scope_id", "BIGINT"],
    ["attr", "VARCHAR"],
    ["receiver", "VARCHAR"],
    ["ctx", "VARCHAR"],
    ["attr_bstart", "INTEGER"],
    ...SPAN
  ],
  ["node_id"]
);
var PY_IMPORTS = spec(
  "py_imports",
  [
    ["node_id", "BIGINT"],
    ["file_id", "BIGINT"],
    ["scope_id", "BIGINT"],
    ["import_kind", "VARCHAR"],
    // import | from | future
    ["module", "VARCHAR"],
    ["name", "VARCHAR"],
    ["alias", "VARCHAR"],
    ["bound_name", "VARCHAR"],
    ["level", "INTEGER"],
    ["is_star", "BOOLEAN"],
    ["in_type_checking", "BOOLEAN"],
    ["in_try_except", "BOOLEAN"],
    ["stmt_bstart", "INTEGER"],
    ["stmt_bend", "INTEGER"],
    ...SPAN
  ],
  ["node_id"]
);
var PY_BINDINGS = spec(
  "py_bindings",
  [
    ["file_id", "BIGINT"],
    ["scope_id", "BIGINT"],
    ["name", "VARCHAR"],
    // def | class | import | param | assign | augassign | annassign | for | with | except | walrus
    // | comprehension | global | nonlocal | del | match | type_alias
    ["binding_kind", "VARCHAR"],
    ["target_id", "BIGINT"],
    ["bstart", "INTEGER"],
    ["bend", "INTEGER"]
  ],
  ["scope_id", "bstart", "name", "binding_kind"]
);
var PY_DIAGNOSTICS = spec(
  "py_diagnostics",
  [["node_id", "BIGINT"], ["file_id", "BIGINT"], ["code", "VARCHAR"], ["severity", "VARCHAR"], ["message", "VARCHAR"], ...SPAN],
  ["node_id"]
);
var PY_EXPORTS = spec(
  "py_exports",
  [
    ["file_id", "BIGINT"],
    ["name", "VARCHAR"],
    ["ordinal", "INTEGER"]
  ],
  ["ordinal", "name"]
);
var EXTRACT_TABLES = [
  PY_FILES,
  PY_DEFS,
  PY_PARAMS,
  PY_DECORATORS,
  PY_CALLS,
  PY_NAMES,
  PY_ATTRIBUTES,
  PY_IMPORTS,
  PY_BINDINGS,
  PY_DIAGNOSTICS,
  PY_EXPORTS
];

// src/extract/file-extractor.ts
var require2 = createRequire(import.meta.url);
var languagePromise = null;
var treeSitter = null;
function grammarWasmPath() {
  return embeddedBuildInfo() ? fileURLToPath(new URL("./tree-sitter-python.wasm", import.meta.url)) : require2.resolve("tree-sitter-python/tree-sitter-python.wasm");
}
function loadPythonLanguage() {
  languagePromise ??= (async () => {
    const ts = treeSitter ??= await Promise.resolve().then(() => (init_web_tree_sitter(), web_tree_sitter_exports));
    await ts.Parser.init();
    return ts.Language.load(grammarWasmPath());
  })();
  return languagePromise;
}
var DIAG_MESSAGES = {
  too_large: (f) => `skipped: ${f.sizeBytes} bytes is over the size limit; raise --max-file-bytes to include it`,
  symlink_outside: () => "skipped: symbolic link to a target outside the repository (not followed)",
  not_a_file: () => "skipped: not a regular file",
  unreadable: (f) => `skipped: could not read the file (${f.message ?? "unknown error"}); check its permissions`,
  binary: () => "skipped: the file contains NUL bytes, so it is not Python source (CPython rejects it too)"
};
var FileExtractor = class _FileExtractor {
  constructor(parser, language, options2, tag2) {
    this.parser = parser;
    this.options = options2;
    this.tag = tag2;
    this.reset();
    this.walker = new PythonExtractor(this.sinks, language);
  }
  parser;
  options;
  tag;
  builders = [];
  files;
  /** Shared with the walker; re-pointed at fresh builders after every flush. */
  sinks = {};
  walker;
  flushes = 0;
  reset() {
    this.builders = EXTRACT_TABLES.map((spec2) => new RowBuilder(spec2));
    const by = (name2) => this.builders.find((b) => b.spec.name === name2);
    this.files = by(PY_FILES.name);
    Object.assign(this.sinks, {
      defs: by(PY_DEFS.name),
      params: by(PY_PARAMS.name),
      decorators: by(PY_DECORATORS.name),
      calls: by(PY_CALLS.name),
      names: by(PY_NAMES.name),
      attributes: by(PY_ATTRIBUTES.name),
      imports: by(PY_IMPORTS.name),
      bindings: by(PY_BINDINGS.name),
      diagnostics: by(PY_DIAGNOSTICS.name),
      exports: by(PY_EXPORTS.name)
    });
  }
  static async create(options2, tag2) {
    const [lang] = await Promise.all([loadPythonLanguage(), loadParquetWriter()]);
    const parser = new treeSitter.Parser();
    parser.setLanguage(lang);
    return new _FileExtractor(parser, lang, options2, tag2);
  }
  /** Extracts one file into the buffers; never throws for bad input. */
  extractFile(f, stats) {
    const fileId = fileIdOf(f.path, this.options.repoId);
    stats.files++;
    if (f.status !== "ok") {
      this.fileRow(fileId, f, { size: f.sizeBytes, sha: null, lines: null, encoding: null, newline: null, status: f.status, allKind: "none" });
      this.fileDiagnostic(fileId, f.status, "warning", (DIAG_MESSAGES[f.status] ?? (() => `skipped: ${f.status}`))(f));
      return;
    }
    let bytes;
    try {
      bytes = readFileSync(f.absPath);
    } catch (err2) {
      const g = { ...f, status: "unreadable", message: err2.code ?? String(err2) };
      this.fileRow(fileId, g, { size: f.sizeBytes, sha: null, lines: null, encoding: null, newline: null, status: "unreadable", allKind: "none" });
      this.fileDiagnostic(fileId, "unreadable", "warning", DIAG_MESSAGES.unreadable(g));
      return;
    }
    stats.bytes += bytes.length;
    const sha = createHash("sha256").update(bytes).digest("hex");
    const starts = lineStarts(bytes);
    const lines = bytes.length === 0 ? 0 : starts.length - (bytes[bytes.length - 1] === 10 ? 1 : 0);
    const newline = newlineStyle(bytes);
    if (bytes.indexOf(0) >= 0) {
      this.fileRow(fileId, f, { size: bytes.length, sha, lines, encoding: "binary", newline, status: "binary", allKind: "none" });
      this.fileDiagnostic(fileId, "binary", "warning", DIAG_MESSAGES.binary(f));
      return;
    }
    const src = decodeSource(bytes);
    const tree = this.parser.parse(src.text);
    if (!tree) throw new Error(`tree-sitter returned no tree for ${f.path}`);
    let summary;
    try {
      summary = this.walker.extract({ fileId, text: src.text, byteAt: src.byteAt, lineStarts: starts, tree });
    } finally {
      tree.delete();
    }
    if (src.invalidBytes > 0) {
      const b = src.firstInvalidByte;
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1] <= b) line++;
      hash64(`${idToKey(fileId)}|DIAGNOSTIC:decode`);
      this.sinks.diagnostics.add({
        node_id: { hi: H.hi, lo: H.lo },
        file_id: fileId,
        code: "invalid-utf-8",
        severity: "warning",
        message: `${src.invalidBytes} byte(s) are not valid UTF-8 (first at line ${line + 1}); they were read as U+FFFD and byte offsets still refer to the raw file. Declare the encoding with a PEP 263 coding comment or re-save the file as UTF-8`,
        bstart: b,
        bend: b + 1,
        start_line: line + 1,
        start_col: b - starts[line],
        end_line: line + 1,
        end_col: b + 1 - starts[line]
      });
    }
    if (summary.syntaxErrors > 0) stats.parseErrors++;
    this.fileRow(fileId, f, {
      size: bytes.length,
      sha,
      lines,
      encoding: src.encoding,
      newline,
      status: summary.syntaxErrors > 0 ? "syntax_error" : "ok",
      allKind: summary.allKind
    });
  }
  fileRow(fileId, f, v) {
    this.files.add({
      file_id: fileId,
      path: f.path,
      size_bytes: v.size,
      sha256: v.sha,
      line_count: v.lines,
      encoding: v.encoding,
      newline: v.newline,
      status: v.status,
      all_kind: v.allKind
    });
  }
  fileDiagnostic(fileId, code, severity, message) {
    hash64(`${idToKey(fileId)}|DIAGNOSTIC:file|${code}`);
    this.sinks.diagnostics.add({
      node_id: { hi: H.hi, lo: H.lo },
      file_id: fileId,
      code: code.replace(/_/g, "-"),
      severity,
      message,
      bstart: 0,
      bend: 0,
      start_line: 1,
      start_col: 0,
      end_line: 1,
      end_col: 0
    });
  }
  /**
   * Writes the buffered rows (all from files of store bucket `bucket`) as one staging Parquet file
   * per non-empty table and resets the buffers.
   */
  flush(bucket) {
    const out2 = [];
    const n = this.flushes++;
    for (const b of this.builders) {
      if (b.rows === 0) continue;
      const dir = join(this.options.stagingDir, b.spec.name);
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `b${bucket}-${this.tag}-${n}.parquet`);
      writeFileSync(path, rowsToParquet(b));
      out2.push({ table: b.spec.name, bucket, path, rows: b.rows });
    }
    this.reset();
    return out2;
  }
};
function newlineStyle(bytes) {
  let lf = 0;
  let crlf = 0;
  for (let i2 = bytes.indexOf(10); i2 >= 0; i2 = bytes.indexOf(10, i2 + 1)) {
    if (i2 > 0 && bytes[i2 - 1] === 13) crlf++;
    else lf++;
  }
  if (lf === 0 && crlf === 0) return "none";
  if (crlf === 0) return "lf";
  return lf === 0 ? "crlf" : "mixed";
}

// src/extract/extract-worker.ts
var port = parentPort;
if (!port) throw new Error("extract-worker must run as a worker thread");
var { options, tag } = workerData;
var post = (m) => port.postMessage(m);
try {
  const extractor = await FileExtractor.create(options, tag);
  port.on("message", (msg) => {
    try {
      if (msg.type === "batch") {
        const stats = { files: 0, bytes: 0, parseErrors: 0, rows: 0 };
        for (const f of msg.files) extractor.extractFile(f, stats);
        const staged = extractor.flush(msg.bucket);
        post({ type: "batch-done", id: msg.id, stats, staged });
      } else {
        post({ type: "finished" });
      }
    } catch (err2) {
      post({ type: "error", message: err2 instanceof Error ? err2.stack ?? err2.message : String(err2) });
    }
  });
  post({ type: "ready" });
} catch (err2) {
  post({ type: "error", message: err2 instanceof Error ? err2.stack ?? err2.message : String(err2) });
}
