// Quiet twin of PrimaryConstructorPublishes: the primary-constructor parameter only seeds an immutable field; every
// publish hands out a new HashSet built from it, and changes replace the immutable set (no object is written).
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft.Slots;

namespace Corpus.Round4.PrimaryConstructorPublishesQuiet;

public sealed class AllowListPublisher(Slot<HashSet<string>> slot, IEnumerable<string> initial)
{
    private ImmutableHashSet<string> _allowed = initial.ToImmutableHashSet();

    public void Publish() => slot.Publish(new HashSet<string>(_allowed));

    public void Allow(string host) => _allowed = _allowed.Add(host);

    public void Revoke(string host)
    {
        var next = _allowed.Remove(host);
        if (next != _allowed)
        {
            _allowed = next;
            Publish();
        }
    }
}
