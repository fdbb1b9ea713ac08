// WEFT0105: the non-partial container is a readonly record struct.
using Weft;

namespace Corpus6a.ContainerRecordStruct;

public readonly record struct Endpoint(string Host, int Port) // expect: WEFT0105 "Endpoint"
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Stats
    {
        public long Bytes;
    }
}
