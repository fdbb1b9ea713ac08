// WEFT0001: certificate bytes in a snapshot as an immutable array of byte blobs. Each blob a ReadOnlyMemory<byte>: the page reports it (a read-only view over an
// array its owner can still change), also as the element of an immutable collection.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.NestedImmutableBytesOrMemory;

[ThreadLocalSlot]
public sealed partial class CertificateBundle
{
    public ImmutableArray<ReadOnlyMemory<byte>> Certificates { get; init; } // expect: WEFT0001
    public string Subject { get; init; } = "";
}
