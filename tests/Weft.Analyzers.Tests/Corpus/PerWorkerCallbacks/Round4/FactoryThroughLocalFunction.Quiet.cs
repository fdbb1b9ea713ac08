// Quiet twin of FactoryThroughLocalFunction: the local function builds and warms a new pool on each call.
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
        SerializerPool.Initialize(pool, _ => Warm());

        static SerializerPool Warm()
        {
            var warmed = new SerializerPool();
            for (var i = 0; i < 8; i++) warmed.Streams.Push(new System.IO.MemoryStream());
            return warmed;
        }
    }
}
