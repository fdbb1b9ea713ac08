// A banner publisher reuses one StringBuilder field for every version and publishes the builder itself (a
// Slot<StringBuilder>). The page lists StringBuilder in the BCL table; the field held a published object, so Clear and
// Append in the publishing method, above the publish, change what the previous call published (Published fields).
using System.Text;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.StringBuilderReused;

public sealed class BannerPublisher
{
    private readonly StringBuilder _text = new();
    private readonly Slot<StringBuilder> _slot;

    public BannerPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<StringBuilder>();

    public void Publish(string motd, int version)
    {
        _text.Clear(); // expect: WEFT0002
        _text.Append(motd); // expect: WEFT0002
        _text.Append(" v"); // expect: WEFT0002
        _text.Append(version); // expect: WEFT0002
        _slot.Publish(_text);
    }
}
