// WEFT0001 on the field, not the property: an `init` accessor stores into a non-readonly backing field that any
// method of the type can write. The message says field.
using Weft;

namespace Corpus6a.InitAccessorWritableField;

[ThreadLocalSlot]
public sealed partial class Limits
{
    private int _max; // expect: WEFT0001 "field"

    public int Max { get => _max; init => _max = value; }

    public void Raise() => _max++;
}
