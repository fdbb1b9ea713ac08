// WEFT0008: the per-worker factory calls a local function that returns the captured instance (issue 10, Calls:
// summaries say what a callee returns). #escape: the report may sit on the factory or on the local function.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.FactoryThroughLocalFunction;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SerializerPool
{
    public Stack<System.IO.MemoryStream> Streams { get; } = new();
}

public static class Startup
{
    public static void Configure(WorkerPool pool)
    {
        var warmed = new SerializerPool();
        for (var i = 0; i < 8; i++) warmed.Streams.Push(new System.IO.MemoryStream());

        SerializerPool.Initialize(pool, _ => Warm()); // expect: WEFT0008 #escape

        SerializerPool Warm() => warmed; // expect: WEFT0008 #escape
    }
}
