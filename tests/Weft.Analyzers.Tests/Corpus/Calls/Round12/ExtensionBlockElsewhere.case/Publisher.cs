using Weft.Slots;

namespace Corpus.R12.ExtensionBlockElsewhere;

public static class Publisher
{
    public static void Publish(Slot<Backends> slot)
    {
        var backends = new Backends();
        backends.Names.Add("a");
        slot.Publish(backends);
        backends.AddFallback(); // expect: WEFT0002
    }
}
