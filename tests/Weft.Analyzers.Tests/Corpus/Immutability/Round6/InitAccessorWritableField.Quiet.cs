// Quiet twin of InitAccessorWritableField: the backing field is readonly (an init accessor may still set it).
using Weft;

namespace Corpus6a.InitAccessorWritableField;

[ThreadLocalSlot]
public sealed partial class Limits
{
    private readonly int _max;

    public int Max { get => _max; init => _max = value; }

    public int Next() => _max + 1;
}
