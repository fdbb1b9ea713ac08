// Round 2. ImmutableCollectionsMarshal.AsImmutableArray wraps the array without copying: writing the array after the
// publish changes the "immutable" array the workers read.
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Weft.Slots;

namespace Corpus.Views.Round2.AsImmutable;

public sealed record PortSet(ImmutableArray<int> Ports);

public static class Ports
{
    public static void Publish(Slot<PortSet> slot, int[] ports)
    {
        slot.Publish(new PortSet(ImmutableCollectionsMarshal.AsImmutableArray(ports)));
        ports[0] = 443; // expect: WEFT0002
    }
}
