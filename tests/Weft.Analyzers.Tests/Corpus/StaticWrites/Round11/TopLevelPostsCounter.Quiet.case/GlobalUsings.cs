global using System.Threading;
global using Corpus.R11.TopLevelPostsCounterQuiet;
global using Weft;
