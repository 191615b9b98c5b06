#!/usr/bin/env python3
# usage: tools/hprof-owners.py DUMP.hprof [DEPTH=3] [ROWS=40]  (a dump from `jcmd <pid> GC.heap_dump`; 8-byte ids)
# Who holds the byte[] (and char[]) of a heap dump: each array grouped by the class chain of its first referrers.
import struct, sys, collections, mmap
path = sys.argv[1]
depth = int(sys.argv[2]) if len(sys.argv) > 2 else 3
f = open(path, 'rb'); m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
end = m.find(b'\0'); pos = end + 1
idsize = struct.unpack('>I', m[pos:pos+4])[0]; pos += 4 + 8
assert idsize == 8
rid = lambda p: struct.unpack_from('>Q', m, p)[0]
SIZES = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
strings = {}; classname = {}; classes = {}  # class id -> (super, [field types])
objclass = {}; parent = {}; arrays = {}  # array id -> (type, bytes)
instances = []  # (id, class, data pos, len)
n = len(m)
while pos < n:
    tag = m[pos]; length = struct.unpack_from('>I', m, pos + 5)[0]; body = pos + 9; pos = body + length
    if tag == 0x01:
        strings[rid(body)] = m[body+8:body+length].decode('utf8', 'replace')
    elif tag == 0x02:
        classname[rid(body+4)] = rid(body+16)
    elif tag in (0x0C, 0x1C):
        p = body; e = body + length
        while p < e:
            t = m[p]; p += 1
            if t == 0xFF: p += 8
            elif t == 0x01: p += 16
            elif t in (0x02, 0x03, 0x08): p += 16
            elif t in (0x04, 0x06): p += 12
            elif t in (0x05, 0x07): p += 8
            elif t == 0x20:
                cid = rid(p); sup = rid(p+12); p += 8 + 4 + 8*6 + 4
                cp = struct.unpack_from('>H', m, p)[0]; p += 2
                for _ in range(cp):
                    ty = m[p+2]; p += 3 + SIZES[ty]
                sc = struct.unpack_from('>H', m, p)[0]; p += 2
                for _ in range(sc):
                    ty = m[p+8]; p += 9 + SIZES[ty]
                fc = struct.unpack_from('>H', m, p)[0]; p += 2
                fields = []
                for _ in range(fc):
                    fields.append(m[p+8]); p += 9
                classes[cid] = (sup, fields)
            elif t == 0x21:
                oid = rid(p); cid = rid(p+12); nb = struct.unpack_from('>I', m, p+20)[0]
                objclass[oid] = cid; instances.append((oid, cid, p+24)); p += 24 + nb
            elif t == 0x22:
                oid = rid(p); cnt = struct.unpack_from('>I', m, p+12)[0]; acid = rid(p+16)
                objclass[oid] = acid
                q = p + 24
                for i in range(cnt):
                    r = rid(q + 8*i)
                    if r and r not in parent: parent[r] = oid
                p = q + 8 * cnt
            elif t == 0x23:
                oid = rid(p); cnt = struct.unpack_from('>I', m, p+12)[0]; ty = m[p+16]
                arrays[oid] = (ty, cnt * SIZES[ty]); p += 17 + cnt * SIZES[ty]
            else:
                raise SystemExit('unknown subtag %x at %d' % (t, p))
name = lambda cid: strings.get(classname.get(cid), '?%x' % cid)
layout = {}
def fields_of(cid):
    if cid not in layout:
        out = []; c = cid
        while c and c in classes:
            out.extend(classes[c][1]); c = classes[c][0]
        layout[cid] = out
    return layout[cid]
for oid, cid, p in instances:
    for ty in fields_of(cid):
        if ty == 2:
            r = rid(p)
            if r and r not in parent: parent[r] = oid
        p += SIZES[ty]
def cls(o):
    if o in arrays: return {8: 'byte[]', 5: 'char[]'}.get(arrays[o][0], 'prim[]')
    return name(objclass.get(o, 0)).replace('/', '.')
for want in (8, 5):
    groups = collections.defaultdict(lambda: [0, 0])
    for oid, (ty, size) in arrays.items():
        if ty != want: continue
        chain = []; o = oid
        for _ in range(depth):
            o = parent.get(o)
            if o is None: break
            chain.append(cls(o))
        g = groups[' < '.join(chain) or '(root)']; g[0] += 1; g[1] += size + 16
    print('##', 'byte[]' if want == 8 else 'char[]', 'by owner chain: count, KB')
    for k, (c, b) in sorted(groups.items(), key=lambda kv: -kv[1][1])[:int(sys.argv[3]) if len(sys.argv) > 3 else 40]:
        print('%8d %9.1f  %s' % (c, b / 1024, k))
