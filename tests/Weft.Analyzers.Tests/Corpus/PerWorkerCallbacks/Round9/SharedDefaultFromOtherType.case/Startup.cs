using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.R9.SharedDefaultFromOtherType;

public static class Startup
{
    public static void Configure(Slot<ScratchBuffers> slot)
    {
        var defaults = new Defaults();
        slot.Set(_ => defaults.Buffers); // expect: WEFT0008
    }
}
