using Weft.Slots;

namespace Corpus.Calls.HelperInAnotherFile;

public static class Publisher
{
    public static void Publish(Slot<Backends> slot)
    {
        var backends = new Backends();
        backends.Names.Add("a");
        slot.Publish(backends);
        BackendEditing.AddFallback(backends); // expect: WEFT0002
    }
}
