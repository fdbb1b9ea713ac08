namespace Corpus.R11.WithCopyGlobalUsings;

[ThreadLocalSlot]
public sealed partial record Menu(int Version, List<string> Dishes); // expect: WEFT0001
