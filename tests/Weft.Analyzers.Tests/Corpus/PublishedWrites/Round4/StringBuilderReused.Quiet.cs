// Quiet twin of StringBuilderReused: the reused StringBuilder is a private scratch buffer; what is published is the
// string ToString() copies out of it, so clearing it on the next call writes nothing any worker reads.
using System.Text;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.StringBuilderReusedQuiet;

public sealed class BannerPublisher
{
    private readonly StringBuilder _text = new();
    private readonly Slot<string> _slot;

    public BannerPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<string>();

    public void Publish(string motd, int version)
    {
        _text.Clear();
        _text.Append(motd);
        _text.Append(" v");
        _text.Append(version);
        _slot.Publish(_text.ToString());
    }
}
