// WEFT0002: a banner assembled with a StringBuilder, published, then extended for the next use.
// The slot holds strings and the published value is `sb.ToString()`: appending later changes only the builder: quiet.
//
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

namespace Corpus7b.StringBuilderTextOrBuilderQuiet;

public static class BannerPublisher
{
    public static string Publish(WorkerPool pool, string header)
    {
        var sb = new StringBuilder();
        sb.Append(header).Append(" v1");
        var slot = pool.AllocateSlot<string>();
        slot.Publish(sb.ToString());
        sb.Append(" (draft)");
        return sb.ToString();
    }
}
