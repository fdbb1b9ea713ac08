using Weft;

namespace Corpus.StaticWrites.OverrideBumpsStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Session
{
    private readonly RequestCounter _counter = new GlobalCounter();

    [WorkerUpdate]
    private void Served(int bytes) => _counter.Count(bytes); // expect: WEFT0006
}
