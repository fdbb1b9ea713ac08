// WEFT0001 on a sealed positional record slot type whose positional parameter is a List<string> (the synthesized
// property is init-only, the list is not). Reading: the report sits on the positional parameter, the member's
// only declaration.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.RecordPositionalList;

[ThreadLocalSlot]
public sealed partial record Routes(
    string Name,
    List<string> Hosts); // expect: WEFT0001 "Hosts"
