// WEFT0003: copying a key between the snapshot's array and a fresh buffer. The snapshot's array is the source
// (`Key.CopyTo(buf, 0)`): only the fresh buffer is written: quiet.
// The snapshot type is mutable on purpose (this file is about writes through Current, not about the
// declaration): WEFT0001 is suppressed around it with #pragma.
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

namespace Corpus7b.CopyToDirectionQuiet;

#pragma warning disable WEFT0001
[ThreadLocalSlot]
public sealed partial class KeyRing
{
    public byte[] Key { get; init; } = new byte[16];
}
#pragma warning restore WEFT0001

public static class Masking
{
    public static byte[] Masked()
    {
        var buf = new byte[KeyRing.Current.Key.Length];
        KeyRing.Current.Key.CopyTo(buf, 0);
        buf[0] ^= 0xFF;
        return buf;
    }
}
