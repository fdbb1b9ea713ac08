// C# 13 partial property: the declaring part and the implementing part are one property of type List<int>. Reading
// taken: the page does not say which part carries the report, so either line may (#escape).
using System.Collections.Generic;
using Weft;

namespace Corpus.R12.PartialProperty;

[ThreadLocalSlot]
public sealed partial class Ports
{
    public partial List<int> Open { get; } // expect: WEFT0001 #escape
}

public sealed partial class Ports
{
    public partial List<int> Open { get => field ??= []; } // expect: WEFT0001 #escape
}
