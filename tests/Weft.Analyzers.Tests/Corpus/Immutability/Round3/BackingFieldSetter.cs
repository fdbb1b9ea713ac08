// Round 3. A hand-written property with a backing field and a setter: both the writable field and the settable
// property make the published instance writable. Reading taken: each member is checked, so both lines report.
using Weft;

namespace Corpus.Immutability.Round3.BackingFieldSetter;

[ThreadLocalSlot]
public sealed partial class ListenerSettings
{
    private int _backlog; // expect: WEFT0001 "_backlog"

    public int Backlog // expect: WEFT0001 "Backlog"
    {
        get => _backlog;
        set => _backlog = value < 1 ? 1 : value;
    }
}
