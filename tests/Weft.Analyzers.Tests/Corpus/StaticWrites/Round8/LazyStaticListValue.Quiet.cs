// Twin: a Lazy of a ConcurrentQueue.
using System;
using System.Collections.Concurrent;
using Weft;

namespace Corpus.StaticWrites.R8.LazyStaticListValueQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChatAudit
{
    private static readonly Lazy<ConcurrentQueue<string>> s_log = new(() => new ConcurrentQueue<string>());

    public void Said(string user, string text) => s_log.Value.Enqueue(user + ": " + text);
}
