// Round 3. The same validated property, set once through the constructor into a readonly field: quiet.
using Weft;

namespace Corpus.Immutability.Round3.BackingFieldSetter;

[ThreadLocalSlot]
public sealed partial class ListenerSettings
{
    private readonly int _backlog;

    public ListenerSettings(int backlog) => _backlog = backlog < 1 ? 1 : backlog;

    public int Backlog => _backlog;
}
