using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.R9.LazyFieldFactoryElsewhere;

public static class Boot
{
    public static Task ConfigureAsync(Slot<Scratch> slot, Shared shared) =>
        slot.SetAsync(_ => shared.Scratch.Value); // expect: WEFT0008
}
