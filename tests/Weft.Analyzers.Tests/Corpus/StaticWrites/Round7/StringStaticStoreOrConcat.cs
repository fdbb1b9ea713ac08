// WEFT0006: a static string written from a [WorkerUpdate]. `+=` reads the field, concatenates and writes back: concurrent appends are lost.
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

namespace Corpus7b.StringStaticStoreOrConcat;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostNotes
{
    private static string s_lastHost = "";
    public static string LastHost => s_lastHost;
    public int Notes;

    [WorkerUpdate]
    void Note(string host) => s_lastHost += host; // expect: WEFT0006
}
