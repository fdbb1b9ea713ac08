// Round 2. The ref local writes the first struct before the publish.
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
        primary.Port = 8443;
        slot.Publish(endpoints);
    }
}
