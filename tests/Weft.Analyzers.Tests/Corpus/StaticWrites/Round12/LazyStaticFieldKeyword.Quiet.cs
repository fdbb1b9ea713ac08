// C# 14 `field` keyword in a static property holding a ConcurrentQueue created once by its initializer.
using System.Collections.Concurrent;
using Weft;

namespace Corpus.R12.LazyStaticFieldKeywordQuiet;

public static class Registry
{
    public static ConcurrentQueue<string> Names { get => field; } = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Tracker
{
    [WorkerUpdate]
    public void Track(string name) => Registry.Names.Enqueue(name);
}
