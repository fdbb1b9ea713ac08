using Weft.Slots;

namespace Corpus.Calls.HelperInAnotherFileQuiet;

public static class Publisher
{
    public static void Publish(Slot<Backends> slot)
    {
        var backends = new Backends();
        backends.Names.Add("a");
        BackendEditing.AddFallback(backends);
        slot.Publish(backends);
    }
}
