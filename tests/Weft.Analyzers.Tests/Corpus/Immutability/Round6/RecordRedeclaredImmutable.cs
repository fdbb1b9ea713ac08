// WEFT0001: a positional record parameter of type List<string> whose property is redeclared by hand, still as a
// List<string> (initialised from the parameter): the redeclared property is reported.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.RecordRedeclaredImmutable;

[ThreadLocalSlot]
public sealed partial record Routes(List<string> Hosts)
{
    public List<string> Hosts { get; init; } = Hosts; // expect: WEFT0001 "Hosts"
}
