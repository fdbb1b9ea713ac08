// WEFT0002: a banner assembled with a StringBuilder, published, then extended for the next use.
// The slot holds StringBuilder and the builder itself is published: the later Append is a write after publish.
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

namespace Corpus7b.StringBuilderTextOrBuilder;

public static class BannerPublisher
{
    public static string Publish(WorkerPool pool, string header)
    {
        var sb = new StringBuilder();
        sb.Append(header).Append(" v1");
        var slot = pool.AllocateSlot<StringBuilder>();
        slot.Publish(sb);
        sb.Append(" (draft)"); // expect: WEFT0002
        return sb.ToString();
    }
}
