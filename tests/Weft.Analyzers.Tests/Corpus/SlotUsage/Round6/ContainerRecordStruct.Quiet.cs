// Quiet twin of ContainerRecordStruct: a partial readonly record struct container.
using Weft;

namespace Corpus6a.ContainerRecordStruct;

public readonly partial record struct Endpoint(string Host, int Port)
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Stats
    {
        public long Bytes;
    }
}
