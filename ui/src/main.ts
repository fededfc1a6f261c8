import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { mark } from './lib/perf';

mark('script');

const target = document.getElementById('app');
if (!target) throw new Error('no #app element');

export default mount(App, { target });
