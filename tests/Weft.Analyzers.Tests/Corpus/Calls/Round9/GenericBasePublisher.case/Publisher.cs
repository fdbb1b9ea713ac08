// WEFT0002 across files: a generic base class (this file) publishes what its Commit is given; the derived class in
// Zones.cs commits a list and then adds to it. The publish is reached through a wrapper method in another file.
using Weft.Slots;

namespace Corpus.Calls.R9.GenericBasePublisher;

public abstract class Publisher<T>(Slot<T> slot)
    where T : class
{
    protected void Commit(T value) => slot.Publish(value);
}
