// WEFT0007: a Memory<byte> broadcast to every worker: a writable view over one array (Span writes through it race).
// Reading taken: Memory<T> is a mutable type for this rule (it exposes a writable Span over shared storage).
using System;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.MemoryOfBytesArgument;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Greeter
{
    Memory<byte> _banner;

    [WorkerUpdate]
    void SetBanner(Memory<byte> banner) => _banner = banner;
}

public static class Motd
{
    public static Task SetAsync(WorkerPool pool, string text)
    {
        Memory<byte> banner = Encoding.ASCII.GetBytes(text + "\r\n");
        return Greeter.SetBannerOnAllWorkersAsync(pool, banner); // expect: WEFT0007
    }
}
