// Round 2. A ref local into the array's first struct is taken before the publish and written through after it.
using Weft.Slots;

namespace Corpus.Views.Round2.RefIntoPublished;

public struct Endpoint
{
    public string Host;
    public int Port;
}

public static class Endpoints
{
    public static void Publish(Slot<Endpoint[]> slot, Endpoint[] endpoints)
    {
        ref Endpoint primary = ref endpoints[0];
        slot.Publish(endpoints);
        primary.Port = 8443; // expect: WEFT0002
    }
}
