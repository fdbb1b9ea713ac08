using Weft.Slots;

namespace Corpus.R12.ExtensionBlockElsewhereQuiet;

public static class Publisher
{
    public static void Publish(Slot<Backends> slot)
    {
        var backends = new Backends();
        backends.Names.Add("a");
        backends.AddFallback();
        slot.Publish(backends);
    }
}
