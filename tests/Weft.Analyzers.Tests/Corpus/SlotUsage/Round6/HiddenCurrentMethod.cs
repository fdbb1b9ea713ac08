// WEFT0109: a static method named `Current(int)` on a snapshot slot type. Reading: by name, whatever the member
// kind ("declares a member with the name of one the generator would emit").
using Weft;

namespace Corpus6a.HiddenCurrentMethod;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public static Routes Current(int version) => new() { Version = version }; // expect: WEFT0109 "Current"

    public int Version { get; init; }
}
