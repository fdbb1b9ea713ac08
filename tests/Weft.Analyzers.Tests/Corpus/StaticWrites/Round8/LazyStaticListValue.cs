// WEFT0006: a static Lazy<List<T>>'s Value (the list it holds) appended from a per-worker member.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R8.LazyStaticListValue;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChatAudit
{
    private static readonly Lazy<List<string>> s_log = new(() => new List<string>());

    public void Said(string user, string text) => s_log.Value.Add(user + ": " + text); // expect: WEFT0006
}
