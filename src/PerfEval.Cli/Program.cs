Console.WriteLine("perfeval");
