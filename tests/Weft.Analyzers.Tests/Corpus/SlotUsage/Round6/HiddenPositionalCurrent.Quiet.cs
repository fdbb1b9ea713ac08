// Quiet twin of HiddenPositionalCurrent: the positional parameter is named `Version`.
using Weft;

namespace Corpus6a.HiddenPositionalCurrent;

[ThreadLocalSlot]
public sealed partial record Routes(int Version);
