// WEFT0001: certificate bytes in a snapshot as an immutable array of byte blobs. Each blob an ImmutableArray<byte>
// (the page's own advice): quiet.
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

namespace Corpus7b.NestedImmutableBytesOrMemoryQuiet;

[ThreadLocalSlot]
public sealed partial class CertificateBundle
{
    public ImmutableArray<ImmutableArray<byte>> Certificates { get; init; }
    public string Subject { get; init; } = "";
}
