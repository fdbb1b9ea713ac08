// A class with a primary constructor publishes the set it was given and mutates it in other methods. Reading taken: a
// primary-constructor parameter that members capture is the instance's field under another name, so WEFT0002's
// "Published fields" applies: once one method publishes the object it holds, writes to it in any method are reported.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round4.PrimaryConstructorPublishes;

public sealed class AllowListPublisher(Slot<HashSet<string>> slot, HashSet<string> allowed)
{
    public void Publish() => slot.Publish(allowed);

    public void Allow(string host) => allowed.Add(host); // expect: WEFT0002

    public void Revoke(string host)
    {
        if (allowed.Remove(host)) // expect: WEFT0002
        {
            Publish();
        }
    }
}
