namespace Attribution.Cli;

/// <summary>Bad input (arguments or file contents): the command prints the one-line message and exits with <see cref="CliApp.BadInput"/>.</summary>
public sealed class CliInputException(string message) : Exception(message);
