// WEFT0001: the snapshot slot type derives from List<string>: the instance itself is a mutable collection (its
// inherited private array and count are written by Add). "inherits a writable field or a mutable collection from
// its base class ... reported on the slot type's name".
using System.Collections.Generic;
using Weft;

namespace Corpus6a.DerivesFromList;

[ThreadLocalSlot]
public sealed partial class Hosts : List<string> // expect: WEFT0001 "Hosts"
{
}
